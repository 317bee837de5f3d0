package graph

import (
	"context"

	"github.com/google/uuid"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// AddEntity creates an entity homed in this repository.
func (s *Store) AddEntity(ctx context.Context, userID string, request *typesystem.EntityCreateRequest) (*typesystem.EntityDetail, error) {
	return s.addEntity(ctx, "addEntity", userID, request, false)
}

// AddExternalEntity creates an entity homed in an external source (the
// request's metadataCollectionId), which this repository maintains.
func (s *Store) AddExternalEntity(ctx context.Context, userID string, request *typesystem.EntityCreateRequest) (*typesystem.EntityDetail, error) {
	return s.addEntity(ctx, "addExternalEntity", userID, request, true)
}

func (s *Store) addEntity(ctx context.Context, op, userID string, request *typesystem.EntityCreateRequest, external bool) (*typesystem.EntityDetail, error) {
	entity, err := s.newEntity(ctx, op, userID, request, external)
	if err != nil {
		return nil, err
	}
	_, err = s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, s.writeEntity(ctx, tx, entity)
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	s.fixEntityProvenance(entity)
	return entity, nil
}

// newEntity validates a create request and builds the entity to store.
func (s *Store) newEntity(ctx context.Context, op, userID string, request *typesystem.EntityCreateRequest, external bool) (*typesystem.EntityDetail, error) {
	if request == nil {
		return nil, typesystem.NewError(typesystem.KindInvalidParameter, "request", "%s needs an EntityCreateRequest body", op)
	}
	if err := requireIDs(op, "entityTypeGUID", request.EntityTypeGUID); err != nil {
		return nil, err
	}
	header, err := s.newInstance(ctx, op, userID, newInstanceRequest{
		typeParameter: "entityTypeGUID", typeGUID: request.EntityTypeGUID, category: typesystem.CategoryEntityDef,
		properties: request.InitialProperties, status: request.InitialStatus,
		external: external, sourceID: request.MetadataCollectionID, sourceName: request.MetadataCollectionName,
	})
	if err != nil {
		return nil, err
	}
	entity := &typesystem.EntityDetail{Properties: nonEmptyProperties(request.InitialProperties)}
	entity.InstanceAuditHeader = header
	entity.GUID = uuid.NewString()
	classifications, err := s.initialClassifications(ctx, op, userID, entity, request.InitialClassifications)
	if err != nil {
		return nil, err
	}
	entity.Classifications = classifications
	return entity, nil
}

// newInstanceRequest holds the parts of an entity or relationship create
// request that newInstance checks.
type newInstanceRequest struct {
	typeParameter string
	typeGUID      string
	category      typesystem.TypeDefCategory
	properties    *typesystem.InstanceProperties
	status        typesystem.InstanceStatus
	// external marks addExternalEntity and addExternalRelationship, whose
	// home is the external source sourceID.
	external             bool
	sourceID, sourceName string
}

// newInstance checks the type, properties and status of a new instance and
// returns its audit header: homed here, or in the external source.
func (s *Store) newInstance(ctx context.Context, op, userID string, request newInstanceRequest) (typesystem.InstanceAuditHeader, error) {
	var header typesystem.InstanceAuditHeader
	if request.external {
		if err := requireIDs(op, "metadataCollectionId", request.sourceID); err != nil {
			return header, err
		}
	}
	typeDef, err := s.instanceTypeDef(op, request.typeParameter, request.typeGUID, request.category)
	if err != nil {
		return header, err
	}
	if err := s.checkNewProperties(op, typeDef.Name, request.properties); err != nil {
		return header, err
	}
	status, err := s.initialStatus(typeDef, request.status)
	if err != nil {
		return header, err
	}
	header = s.newHeader(ctx, userID, typeDef)
	header.Status = status
	if request.external {
		s.markExternal(&header, request.sourceID, request.sourceName)
	}
	return header, nil
}

// markExternal makes h the header of an instance homed in an external
// source that this repository maintains.
func (s *Store) markExternal(h *typesystem.InstanceAuditHeader, sourceID, sourceName string) {
	h.MetadataCollectionID = sourceID
	h.MetadataCollectionName = sourceName
	h.InstanceProvenanceType = typesystem.ProvenanceExternalSource
	h.ReplicatedBy = s.collectionID
}

// instanceTypeDef resolves the type GUID of a new instance, which must be a
// known type of the given category.
func (s *Store) instanceTypeDef(op, parameter, typeGUID string, category typesystem.TypeDefCategory) (*typesystem.TypeDef, error) {
	typeDef, ok := s.registry.TypeDefByGUID(typeGUID)
	if !ok {
		return nil, typesystem.NewError(typesystem.KindTypeError, parameter,
			"%s was given type GUID %s, which is not a known type; use a GUID from getAllTypes", op, typeGUID)
	}
	if typeDef.Category != category {
		return nil, typesystem.NewError(typesystem.KindTypeError, parameter,
			"%s was given type %s (%s), which is a %s; it needs a type of category %s", op, typeDef.Name, typeGUID, typeDef.Category, category)
	}
	return typeDef, nil
}

// checkNewProperties validates the properties of a new instance strictly. A
// type with a unique attribute (qualifiedName) needs properties: Egeria
// rejects an empty set there.
func (s *Store) checkNewProperties(op, typeName string, properties *typesystem.InstanceProperties) error {
	if properties.Len() == 0 && len(s.registry.UniqueAttributeNames(typeName)) > 0 {
		return typesystem.NewError(typesystem.KindPropertyError, "initialProperties",
			"%s needs properties for a %s, which has unique attributes %v; set at least those", op, typeName, s.registry.UniqueAttributeNames(typeName))
	}
	return s.registry.ValidateProperties(typeName, properties, true)
}

// initialStatus returns the status of a new instance: the requested one,
// or the type's initial status.
func (s *Store) initialStatus(typeDef *typesystem.TypeDef, requested typesystem.InstanceStatus) (typesystem.InstanceStatus, error) {
	if err := s.registry.ValidateStatus(typeDef.Name, requested); err != nil {
		return "", err
	}
	if requested != "" {
		return requested, nil
	}
	if typeDef.InitialStatus != "" {
		return typeDef.InitialStatus, nil
	}
	return typesystem.StatusActive, nil
}

// nonEmptyProperties returns nil for a property set with no values and no
// effective dates, because OMRS returns no properties rather than an empty
// set.
func nonEmptyProperties(properties *typesystem.InstanceProperties) *typesystem.InstanceProperties {
	if properties == nil || (properties.Len() == 0 && properties.EffectiveFromTime == nil && properties.EffectiveToTime == nil) {
		return nil
	}
	return properties
}

// AddEntityProxy stores a proxy for an entity homed elsewhere. It never
// replaces a stored full entity, and replaces a stored proxy only with a
// newer version.
func (s *Store) AddEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy) error {
	const op = "addEntityProxy"
	if err := s.checkProxy(op, proxy); err != nil {
		return err
	}
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, s.storeProxy(ctx, tx, proxy)
	})
	return storeError(op, err)
}

// checkProxy applies the rules for a proxy received from a caller.
func (s *Store) checkProxy(op string, proxy *typesystem.EntityProxy) error {
	switch {
	case proxy == nil:
		return typesystem.NewError(typesystem.KindInvalidParameter, "entityProxy", "%s needs an entity proxy", op)
	case proxy.GUID == "":
		return typesystem.NewError(typesystem.KindInvalidParameter, "entityProxy", "%s was given a proxy without a guid", op)
	case proxy.HeaderVersion > 1:
		return typesystem.NewError(typesystem.KindInvalidParameter, "entityProxy",
			"%s was given a proxy with headerVersion %d, newer than this repository supports (1)", op, proxy.HeaderVersion)
	case proxy.MetadataCollectionID == s.collectionID:
		return typesystem.NewError(typesystem.KindInvalidParameter, "entityProxy",
			"%s was given a proxy for entity %s, which is homed in this repository; a proxy describes an entity homed elsewhere", op, proxy.GUID)
	}
	return s.validateProxy(proxy)
}

// storeProxy stores proxy unless a full entity or a proxy of the same or a
// newer version is stored under its GUID.
func (s *Store) storeProxy(ctx context.Context, tx neo4j.ManagedTransaction, proxy *typesystem.EntityProxy) error {
	stored, err := s.lockEntity(ctx, tx, proxy.GUID)
	if err != nil {
		return err
	}
	if decideProxy(proxy, stored) != storeCopy {
		return nil
	}
	row, err := s.proxyRow(proxy)
	if err != nil {
		return err
	}
	return s.writeEntityRows(ctx, tx, []map[string]any{row})
}
