package graph

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// classificationCopyTarget saves the entity or proxy a classification
// reference copy arrives with (the full entity when both are given) and
// returns its stored state, locked.
func (s *Store) classificationCopyTarget(ctx context.Context, tx neo4j.ManagedTransaction, op string,
	entity *typesystem.EntityDetail, proxy *typesystem.EntityProxy, classification *typesystem.Classification) (*storedEntity, error) {
	if classification == nil {
		return nil, typesystem.NewError(typesystem.KindInvalidParameter, "classification", "%s needs a classification", op)
	}
	switch {
	case entity != nil:
		if err := s.saveEntityCopy(ctx, tx, op, entity); err != nil {
			return nil, err
		}
		return s.lockEntity(ctx, tx, entity.GUID)
	case proxy != nil:
		if proxy.MetadataCollectionID == "" {
			return nil, typesystem.NewError(typesystem.KindInvalidParameter, "entityProxy",
				"%s was given proxy %s without a metadataCollectionId; a proxy must name its home", op, proxy.GUID)
		}
		if err := s.validateProxy(proxy); err != nil {
			return nil, err
		}
		if err := s.storeProxy(ctx, tx, proxy); err != nil {
			return nil, err
		}
		return s.lockEntity(ctx, tx, proxy.GUID)
	}
	return nil, typesystem.NewError(typesystem.KindInvalidParameter, "entity", "%s needs the classified entity, in full or as a proxy", op)
}

// SaveClassificationReferenceCopy stores a copy of a classification, and
// first the entity or proxy it arrives with. It is ignored on a soft-deleted
// entity, and replaces a stored classification of the same name only with a
// newer version.
func (s *Store) SaveClassificationReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail,
	proxy *typesystem.EntityProxy, classification *typesystem.Classification) error {
	const op = "saveClassificationReferenceCopy"
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.classificationCopyTarget(ctx, tx, op, entity, proxy, classification)
		if err != nil || stored == nil || stored.header().Status == typesystem.StatusDeleted {
			return nil, err
		}
		if err := s.registry.ValidateClassification(classification, stored.header().TypeName(), false); err != nil {
			if typesystem.IsKind(err, typesystem.KindClassificationError) {
				return nil, typesystem.WrapError(typesystem.KindTypeError, err, "classification",
					"%s: classification %s is not valid for entity type %s", op, classification.Name, stored.header().TypeName())
			}
			return nil, err
		}
		classifications := stored.classifications()
		index := slices.IndexFunc(classifications, func(c *typesystem.Classification) bool { return c.Name == classification.Name })
		switch {
		case index < 0:
			classifications = append(slices.Clone(classifications), classification)
		case classifications[index].Version < classification.Version:
			classifications = slices.Clone(classifications)
			classifications[index] = classification
		default:
			return nil, nil
		}
		return nil, s.writeStoredClassifications(ctx, tx, stored, classifications)
	})
	return storeError(op, err)
}

// PurgeClassificationReferenceCopy removes a classification from the stored
// entity or proxy; an absent classification is ignored.
func (s *Store) PurgeClassificationReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail,
	proxy *typesystem.EntityProxy, classification *typesystem.Classification) error {
	const op = "purgeClassificationReferenceCopy"
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.classificationCopyTarget(ctx, tx, op, entity, proxy, classification)
		if err != nil || stored == nil {
			return nil, err
		}
		remaining, removed, _ := removeClassification(op, stored.header().GUID, stored.classifications(), classification.Name)
		if removed == nil {
			return nil, nil
		}
		return nil, s.writeStoredClassifications(ctx, tx, stored, remaining)
	})
	return storeError(op, err)
}

// checkRelationshipCopy applies the checks for an incoming relationship
// reference copy; ignore is true for a newer protocol version.
func (s *Store) checkRelationshipCopy(op string, relationship *typesystem.Relationship) (ignore bool, err error) {
	if relationship == nil {
		return false, typesystem.NewError(typesystem.KindInvalidParameter, "relationship", "%s needs a relationship", op)
	}
	if relationship.HeaderVersion > 1 {
		return true, nil
	}
	if err := requireIDs(op, "relationship.guid", relationship.GUID); err != nil {
		return false, err
	}
	typeDef, ok := s.registry.TypeDefByName(relationship.TypeName())
	if !ok {
		return false, typesystem.NewError(typesystem.KindTypeError, "relationship",
			"%s was given relationship %s of type %q (GUID %s), which is not a known type; load its type first",
			op, relationship.GUID, relationship.TypeName(), typeGUIDOf(&relationship.InstanceAuditHeader))
	}
	if typeDef.Category != typesystem.CategoryRelationshipDef {
		return false, typesystem.NewError(typesystem.KindInvalidParameter, "relationship",
			"%s was given relationship %s of type %s, which is a %s, not a relationship type", op, relationship.GUID, typeDef.Name, typeDef.Category)
	}
	if relationship.MetadataCollectionID == "" {
		return false, typesystem.NewError(typesystem.KindInvalidParameter, "relationship",
			"%s was given relationship %s without a metadataCollectionId; a reference copy must name its home", op, relationship.GUID)
	}
	for i, end := range []*typesystem.EntityProxy{relationship.EntityOneProxy, relationship.EntityTwoProxy} {
		if end == nil || end.GUID == "" {
			return false, typesystem.NewError(typesystem.KindInvalidRelationship, "relationship",
				"%s was given relationship %s without an end %d proxy; both ends are required", op, relationship.GUID, i+1)
		}
		if err := s.validateProxy(end); err != nil {
			return false, err
		}
	}
	return false, s.registry.ValidateRelationship(relationship, "", "", false)
}

// saveRelationshipCopy stores a relationship reference copy inside tx: its
// end proxies first (they never replace stored entities), then the
// relationship by the reference-copy rules. The caller has made sure its
// type has a guid constraint.
func (s *Store) saveRelationshipCopy(ctx context.Context, tx neo4j.ManagedTransaction, op string, relationship *typesystem.Relationship) error {
	ignore, err := s.checkRelationshipCopy(op, relationship)
	if err != nil || ignore {
		return err
	}
	for _, end := range []*typesystem.EntityProxy{relationship.EntityOneProxy, relationship.EntityTwoProxy} {
		if err := s.storeProxy(ctx, tx, end); err != nil {
			return err
		}
	}
	stored, err := s.lockRelationship(ctx, tx, relationship.GUID)
	if err != nil {
		return err
	}
	verdict, reason := s.decideRelationship(relationship, stored)
	switch verdict {
	case rejectCopy:
		return reason
	case keepStored:
		return nil
	}
	return s.writeRelationship(ctx, tx, &storedRelationship{relationship: relationship, typeName: relationship.TypeName(),
		end1: relationship.EntityOneProxy.GUID, end2: relationship.EntityTwoProxy.GUID})
}

// relationshipCopyTypes makes sure the types of incoming relationship copies
// have their guid constraints.
func (s *Store) relationshipCopyTypes(ctx context.Context, relationships ...*typesystem.Relationship) error {
	var types []string
	for _, relationship := range relationships {
		if relationship != nil && s.isRelationshipType(relationship.TypeName()) && !slices.Contains(types, relationship.TypeName()) {
			types = append(types, relationship.TypeName())
		}
	}
	return s.ensureRelationshipTypes(ctx, types)
}

// SaveRelationshipReferenceCopy stores a copy of a relationship homed
// elsewhere, exactly as received.
func (s *Store) SaveRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error {
	const op = "saveRelationshipReferenceCopy"
	if err := s.relationshipCopyTypes(ctx, relationship); err != nil {
		return storeError(op, err)
	}
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, s.saveRelationshipCopy(ctx, tx, op, relationship)
	})
	return storeError(op, err)
}

// DeleteRelationshipReferenceCopy stores a copy of a relationship that its
// home has soft-deleted.
func (s *Store) DeleteRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error {
	if relationship != nil && relationship.Status != typesystem.StatusDeleted {
		deleted := *relationship
		deleted.StatusOnDelete = deleted.Status
		deleted.Status = typesystem.StatusDeleted
		relationship = &deleted
	}
	return s.SaveRelationshipReferenceCopy(ctx, userID, relationship)
}

// PurgeRelationshipReferenceCopy removes the copy of a relationship given as
// an object; an unknown GUID is ignored.
func (s *Store) PurgeRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error {
	const op = "purgeRelationshipReferenceCopy"
	if relationship == nil {
		return typesystem.NewError(typesystem.KindInvalidParameter, "relationship", "%s needs a relationship", op)
	}
	return s.purgeRelationshipCopy(ctx, op, relationship.GUID, false)
}

// PurgeRelationshipReferenceCopyByID removes the copy of a relationship.
func (s *Store) PurgeRelationshipReferenceCopyByID(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	const op = "purgeRelationshipReferenceCopy"
	if err := requireIDs(op, "relationshipGUID", guid, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName, "homeMetadataCollectionId", homeID); err != nil {
		return err
	}
	return s.purgeRelationshipCopy(ctx, op, guid, true)
}

func (s *Store) purgeRelationshipCopy(ctx context.Context, op, guid string, unknownIsError bool) error {
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockRelationship(ctx, tx, guid)
		if err != nil {
			return nil, err
		}
		if stored == nil {
			if unknownIsError {
				return nil, s.relationshipNotKnown(op, guid)
			}
			return nil, nil
		}
		if s.isUpdatable(&stored.relationship.InstanceAuditHeader) {
			return nil, s.homeRelationship(op, guid)
		}
		return nil, purgeRelationshipEdge(ctx, tx, stored.typeName, guid)
	})
	return storeError(op, err)
}

func (s *Store) homeRelationship(op, guid string) error {
	return typesystem.NewError(typesystem.KindHomeRelationship, "guid",
		"%s cannot act on relationship %s as a reference copy: it is homed in this repository; use the relationship maintenance operations", op, guid)
}

// RefreshRelationshipReferenceCopy requests that a relationship's home send
// it again, which needs a cohort this server has not joined.
func (s *Store) RefreshRelationshipReferenceCopy(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	const op = "refreshRelationshipReferenceCopy"
	if err := requireIDs(op, "relationshipGUID", guid, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName, "homeMetadataCollectionId", homeID); err != nil {
		return err
	}
	stored, err := s.readRelationship(ctx, guid)
	if err != nil {
		return storeError(op, err)
	}
	if stored != nil && s.isUpdatable(&stored.InstanceAuditHeader) {
		return s.homeRelationship(op, guid)
	}
	return typesystem.NewError(typesystem.KindFunctionNotSupported, "",
		"%s needs a cohort to send the refresh request through, and this server has not joined one", op)
}

// SaveInstanceReferenceCopies stores the copies of an instance graph in one
// transaction: entities first, then relationships. Members homed in this
// repository are skipped. A member that this repository owns under the same
// GUID fails the whole call with InvalidEntity or InvalidRelationship.
func (s *Store) SaveInstanceReferenceCopies(ctx context.Context, userID string, entities []*typesystem.EntityDetail, relationships []*typesystem.Relationship) error {
	const op = "saveInstanceReferenceCopies"
	if err := s.relationshipCopyTypes(ctx, relationships...); err != nil {
		return storeError(op, err)
	}
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for _, entity := range entities {
			if entity != nil && entity.MetadataCollectionID == s.collectionID {
				continue
			}
			if err := s.saveEntityCopy(ctx, tx, op, entity); err != nil {
				return nil, asInvalidMember(err, typesystem.KindHomeEntity, typesystem.KindInvalidEntity)
			}
		}
		for _, relationship := range relationships {
			if relationship != nil && relationship.MetadataCollectionID == s.collectionID {
				continue
			}
			if err := s.saveRelationshipCopy(ctx, tx, op, relationship); err != nil {
				return nil, asInvalidMember(err, typesystem.KindHomeRelationship, typesystem.KindInvalidRelationship)
			}
		}
		return nil, nil
	})
	return storeError(op, err)
}

// asInvalidMember reports a home conflict of one member of an instance graph
// as the invalid-instance error Egeria uses there.
func asInvalidMember(err error, homeKind, invalidKind typesystem.Kind) error {
	if typesystem.IsKind(err, homeKind) {
		return typesystem.WrapError(invalidKind, err, "instances", "an instance in the graph is homed in this repository")
	}
	return err
}
