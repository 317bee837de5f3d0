package graph

import (
	"context"
	"encoding/json"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// classificationTypeDef resolves a classification name, which must be a
// known ClassificationDef (an unknown name is an InvalidParameter, as in
// Egeria).
func (s *Store) classificationTypeDef(op, name string) (*typesystem.TypeDef, error) {
	if name == "" {
		return nil, typesystem.NewError(typesystem.KindInvalidParameter, "classificationName", "%s needs a classification name", op)
	}
	typeDef, ok := s.registry.TypeDefByName(name)
	if !ok || typeDef.Category != typesystem.CategoryClassificationDef {
		return nil, typesystem.NewError(typesystem.KindInvalidParameter, "classificationName",
			"%s was given classification %q, which is not a known classification type; use a ClassificationDef name from getAllTypes", op, name)
	}
	return typeDef, nil
}

// newClassification builds a classification added here by userID. It is
// homed here, or in the external source named by the request.
func (s *Store) newClassification(ctx context.Context, userID string, typeDef *typesystem.TypeDef, request *typesystem.ClassificationRequest) *typesystem.Classification {
	classification := &typesystem.Classification{Name: typeDef.Name, ClassificationOrigin: typesystem.OriginAssigned}
	classification.InstanceAuditHeader = s.newHeader(ctx, userID, typeDef)
	classification.Status = typeDef.InitialStatus
	if classification.Status == "" {
		classification.Status = typesystem.StatusActive
	}
	if request == nil {
		return classification
	}
	classification.Properties = nonEmptyProperties(request.ClassificationProperties)
	if request.ClassificationOrigin != "" {
		classification.ClassificationOrigin = request.ClassificationOrigin
	}
	classification.ClassificationOriginGUID = request.ClassificationOriginGUID
	if request.MetadataCollectionID != "" {
		s.markExternal(&classification.InstanceAuditHeader, request.MetadataCollectionID, request.MetadataCollectionName)
	}
	return classification
}

// initialClassifications validates the classifications of a new entity and
// gives each the entity's home and any audit fields it lacks.
func (s *Store) initialClassifications(ctx context.Context, op, userID string, entity *typesystem.EntityDetail,
	requested []*typesystem.Classification) ([]*typesystem.Classification, error) {
	var out []*typesystem.Classification
	for _, classification := range requested {
		if classification == nil {
			return nil, typesystem.NewError(typesystem.KindInvalidParameter, "initialClassifications", "%s was given a null classification", op)
		}
		name := classification.Name
		if name == "" {
			name = classification.TypeName()
		}
		typeDef, err := s.classificationTypeDef(op, name)
		if err != nil {
			return nil, err
		}
		filled := s.newClassification(ctx, userID, typeDef, &typesystem.ClassificationRequest{
			ClassificationProperties: classification.Properties,
			ClassificationOrigin:     classification.ClassificationOrigin,
			ClassificationOriginGUID: classification.ClassificationOriginGUID,
		})
		filled.MetadataCollectionID = entity.MetadataCollectionID
		filled.MetadataCollectionName = entity.MetadataCollectionName
		filled.InstanceProvenanceType = entity.InstanceProvenanceType
		filled.ReplicatedBy = entity.ReplicatedBy
		if classification.Status != "" {
			filled.Status = classification.Status
		}
		if err := s.registry.ValidateClassification(filled, entity.TypeName(), true); err != nil {
			return nil, err
		}
		if slices.ContainsFunc(out, func(c *typesystem.Classification) bool { return c.Name == filled.Name }) {
			return nil, typesystem.NewError(typesystem.KindClassificationError, "initialClassifications",
				"%s was given classification %s twice; an entity carries each classification once", op, filled.Name)
		}
		out = append(out, filled)
	}
	return out, nil
}

// classifiable returns the header and classifications of the stored entity
// or proxy that op adds a classification to: it must exist and be live.
// A reference copy or a proxy may be classified here.
func (s *Store) classifiable(op, guid string, stored *storedEntity, allowProxy bool) error {
	if stored == nil || stored.header().Status == typesystem.StatusDeleted || (stored.proxy != nil && !allowProxy) {
		return s.entityNotKnown(op, guid)
	}
	return nil
}

// addClassification returns the classifications with classification added.
// The same name with equal properties changes nothing (changed is false);
// with other properties it is a ClassificationError.
func addClassification(op, guid string, classifications []*typesystem.Classification, classification *typesystem.Classification) ([]*typesystem.Classification, bool, error) {
	for _, existing := range classifications {
		if existing.Name != classification.Name {
			continue
		}
		if sameProperties(existing.Properties, classification.Properties) {
			return classifications, false, nil
		}
		return nil, false, typesystem.NewError(typesystem.KindClassificationError, "classificationName",
			"%s cannot classify entity %s as %s: it already has that classification with other properties; use updateEntityClassification", op, guid, classification.Name)
	}
	return append(slices.Clone(classifications), classification), true, nil
}

// sameProperties reports whether two property sets encode to the same JSON.
func sameProperties(a, b *typesystem.InstanceProperties) bool {
	left, errLeft := json.Marshal(nonEmptyProperties(a))
	right, errRight := json.Marshal(nonEmptyProperties(b))
	return errLeft == nil && errRight == nil && string(left) == string(right)
}

// ClassifyEntity adds a classification to a stored entity, whether it is
// homed here or a reference copy. The entity's own version does not change:
// the classification has its own.
func (s *Store) ClassifyEntity(ctx context.Context, userID, guid, classificationName string, request *typesystem.ClassificationRequest) (*typesystem.EntityDetail, error) {
	const op = "classifyEntity"
	if err := requireGUID(guid, "entityGUID", op); err != nil {
		return nil, err
	}
	typeDef, err := s.classificationTypeDef(op, classificationName)
	if err != nil {
		return nil, err
	}
	return s.changeEntity(ctx, op, guid, func(_ neo4j.ManagedTransaction, stored *storedEntity) (*typesystem.EntityDetail, error) {
		if err := s.classifiable(op, guid, stored, false); err != nil {
			return nil, err
		}
		classification := s.newClassification(ctx, userID, typeDef, request)
		if err := s.registry.ValidateClassification(classification, stored.header().TypeName(), true); err != nil {
			return nil, err
		}
		entity := *stored.detail
		classifications, _, err := addClassification(op, guid, entity.Classifications, classification)
		if err != nil {
			return nil, err
		}
		entity.Classifications = classifications
		return &entity, nil
	})
}

// DeclassifyEntity removes a classification from a stored entity.
func (s *Store) DeclassifyEntity(ctx context.Context, userID, guid, classificationName string) (*typesystem.EntityDetail, error) {
	const op = "declassifyEntity"
	if err := requireGUID(guid, "entityGUID", op); err != nil {
		return nil, err
	}
	if _, err := s.classificationTypeDef(op, classificationName); err != nil {
		return nil, err
	}
	result, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockEntity(ctx, tx, guid)
		if err != nil {
			return nil, err
		}
		if stored != nil && stored.tampered {
			return nil, s.sealBroken("entity", guid)
		}
		if err := s.classifiable(op, guid, stored, false); err != nil {
			return nil, err
		}
		entity := *stored.detail
		remaining, removed, err := removeClassification(op, guid, entity.Classifications, classificationName)
		if err != nil {
			return nil, err
		}
		entity.Classifications = remaining
		if err := s.writeEntity(ctx, tx, &entity); err != nil {
			return nil, err
		}
		return &entity, s.endClassification(ctx, tx, userID, guid, stored.classifications(), removed)
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	entity := result.(*typesystem.EntityDetail)
	s.fixEntityProvenance(entity)
	return entity, nil
}

// endClassification records the final DELETED version of a classification
// removed from an entity: the removed version plus one, with its old status
// in statusOnDelete, so getClassificationHistory shows the removal. It runs
// after the entity is written, which keeps the removed version.
func (s *Store) endClassification(ctx context.Context, tx neo4j.ManagedTransaction, userID, guid string,
	before []*typesystem.Classification, removed *typesystem.Classification) error {
	final := *removed
	final.StatusOnDelete = final.Status
	final.Status = typesystem.StatusDeleted
	s.touch(ctx, &final.InstanceAuditHeader, userID)
	instance, err := encodeJSON(&final)
	if err != nil {
		return err
	}
	order := int64(slices.IndexFunc(before, func(c *typesystem.Classification) bool { return c.Name == removed.Name }))
	return run(ctx, tx, cypher.EndClassification, map[string]any{
		"guid": guid, "name": removed.Name, "previousVersion": removed.Version, "version": final.Version,
		"from": startOf(&final.InstanceAuditHeader), "order": order, "instance": instance,
	})
}

// removeClassification returns the classifications without the named one,
// and the removed one, or a ClassificationError when it is absent.
func removeClassification(op, guid string, classifications []*typesystem.Classification, name string) ([]*typesystem.Classification, *typesystem.Classification, error) {
	for i, existing := range classifications {
		if existing.Name == name {
			remaining := slices.Delete(slices.Clone(classifications), i, i+1)
			if len(remaining) == 0 {
				remaining = nil
			}
			return remaining, existing, nil
		}
	}
	return nil, nil, typesystem.NewError(typesystem.KindClassificationError, "classificationName",
		"%s found no %s classification on entity %s; classify it first", op, name, guid)
}

// UpdateEntityClassification replaces the properties of a classification on
// a stored entity; the classification gets a new version, the entity not.
func (s *Store) UpdateEntityClassification(ctx context.Context, userID, guid, classificationName string, properties *typesystem.InstanceProperties) (*typesystem.EntityDetail, error) {
	const op = "updateEntityClassification"
	if err := requireGUID(guid, "entityGUID", op); err != nil {
		return nil, err
	}
	if _, err := s.classificationTypeDef(op, classificationName); err != nil {
		return nil, err
	}
	return s.changeEntity(ctx, op, guid, func(_ neo4j.ManagedTransaction, stored *storedEntity) (*typesystem.EntityDetail, error) {
		if err := s.classifiable(op, guid, stored, false); err != nil {
			return nil, err
		}
		entity := *stored.detail
		classifications, _, err := s.updateClassification(ctx, op, userID, guid, entity.TypeName(), entity.Classifications, classificationName, properties)
		if err != nil {
			return nil, err
		}
		entity.Classifications = classifications
		return &entity, nil
	})
}

// updateClassification returns the classifications with the named one's
// properties replaced and its version raised, and the updated one.
func (s *Store) updateClassification(ctx context.Context, op, userID, guid, entityType string, classifications []*typesystem.Classification,
	name string, properties *typesystem.InstanceProperties) ([]*typesystem.Classification, *typesystem.Classification, error) {
	for i, existing := range classifications {
		if existing.Name != name {
			continue
		}
		updated := *existing
		updated.Properties = nonEmptyProperties(properties)
		if err := s.registry.ValidateClassification(&updated, entityType, true); err != nil {
			return nil, nil, err
		}
		s.touch(ctx, &updated.InstanceAuditHeader, userID)
		out := slices.Clone(classifications)
		out[i] = &updated
		return out, &updated, nil
	}
	return nil, nil, typesystem.NewError(typesystem.KindClassificationError, "classificationName",
		"%s found no %s classification on entity %s; classify it first", op, name, guid)
}

// GetHomeClassifications returns the classifications homed in this
// repository on a stored entity or proxy, or nil when there are none.
func (s *Store) GetHomeClassifications(ctx context.Context, userID, guid string, asOfTime *typesystem.Millis) ([]*typesystem.Classification, error) {
	const op = "getHomeClassifications"
	if err := requireGUID(guid, "entityGUID", op); err != nil {
		return nil, err
	}
	if err := s.checkAsOfTime(asOfTime, op); err != nil {
		return nil, err
	}
	if asOfTime != nil {
		return s.homeClassificationsAt(ctx, op, guid, *asOfTime)
	}
	stored, err := s.readEntity(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if stored == nil {
		return nil, s.entityNotKnown(op, guid)
	}
	var home []*typesystem.Classification
	for _, classification := range stored.classifications() {
		if classification.MetadataCollectionID == s.collectionID {
			home = append(home, classification)
		}
	}
	return home, nil
}
