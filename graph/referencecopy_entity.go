package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// typeGUIDOf returns the type GUID an instance header names, or "".
func typeGUIDOf(h *typesystem.InstanceAuditHeader) string {
	if h.Type == nil {
		return ""
	}
	return h.Type.TypeDefGUID
}

// checkEntityCopy applies the checks for an incoming entity reference copy.
// It returns ignore true for a copy from a newer protocol (headerVersion
// above 1), which is skipped without error as Egeria does.
func (s *Store) checkEntityCopy(op string, entity *typesystem.EntityDetail) (ignore bool, err error) {
	if entity == nil {
		return false, typesystem.NewError(typesystem.KindInvalidParameter, "entity", "%s needs an entity", op)
	}
	if entity.HeaderVersion > 1 {
		return true, nil
	}
	if err := requireIDs(op, "entity.guid", entity.GUID); err != nil {
		return false, err
	}
	typeDef, ok := s.registry.TypeDefByName(entity.TypeName())
	if !ok {
		return false, typesystem.NewError(typesystem.KindTypeError, "entity",
			"%s was given entity %s of type %q (GUID %s), which is not a known type; load its type first",
			op, entity.GUID, entity.TypeName(), typeGUIDOf(&entity.InstanceAuditHeader))
	}
	if typeDef.Category != typesystem.CategoryEntityDef {
		return false, typesystem.NewError(typesystem.KindInvalidParameter, "entity",
			"%s was given entity %s of type %s, which is a %s, not an entity type", op, entity.GUID, typeDef.Name, typeDef.Category)
	}
	if entity.MetadataCollectionID == "" {
		return false, typesystem.NewError(typesystem.KindInvalidParameter, "entity",
			"%s was given entity %s without a metadataCollectionId; a reference copy must name its home", op, entity.GUID)
	}
	return false, s.registry.ValidateEntityDetail(entity, false)
}

// saveEntityCopy stores an entity reference copy by the reference-copy rules,
// inside tx. A copy of this repository's own entity is accepted only when
// nothing is stored under its GUID (a restore from backup).
func (s *Store) saveEntityCopy(ctx context.Context, tx neo4j.ManagedTransaction, op string, entity *typesystem.EntityDetail) error {
	ignore, err := s.checkEntityCopy(op, entity)
	if err != nil || ignore {
		return err
	}
	stored, err := s.lockEntity(ctx, tx, entity.GUID)
	if err != nil {
		return err
	}
	verdict, reason := s.decideEntity(entity, stored)
	switch verdict {
	case rejectCopy:
		return reason
	case keepStored:
		return nil
	}
	if stored == nil && entity.MetadataCollectionID == s.collectionID {
		s.log.WithFields(logrus.Fields{"guid": entity.GUID, "op": op}).Info("restored a local entity from a reference copy")
	}
	toStore := *entity
	if stored != nil && stored.detail != nil {
		toStore.Classifications = s.mergeHomeClassifications(entity.Classifications, stored.detail.Classifications)
	} else if stored != nil && stored.proxy != nil {
		toStore.Classifications = s.mergeHomeClassifications(entity.Classifications, stored.proxy.Classifications)
	}
	return s.writeEntity(ctx, tx, &toStore)
}

// SaveEntityReferenceCopy stores a copy of an entity homed elsewhere,
// exactly as received.
func (s *Store) SaveEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error {
	const op = "saveEntityReferenceCopy"
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, s.saveEntityCopy(ctx, tx, op, entity)
	})
	return storeError(op, err)
}

// DeleteEntityReferenceCopy stores a copy of an entity that its home has
// soft-deleted.
func (s *Store) DeleteEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error {
	const op = "deleteEntityReferenceCopy"
	if entity != nil && entity.Status != typesystem.StatusDeleted {
		deleted := *entity
		deleted.StatusOnDelete = deleted.Status
		deleted.Status = typesystem.StatusDeleted
		entity = &deleted
	}
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, s.saveEntityCopy(ctx, tx, op, entity)
	})
	return storeError(op, err)
}

// PurgeEntityReferenceCopy removes the copy of an entity given as an object;
// an unknown GUID is ignored.
func (s *Store) PurgeEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error {
	const op = "purgeEntityReferenceCopy"
	if entity == nil {
		return typesystem.NewError(typesystem.KindInvalidParameter, "entity", "%s needs an entity", op)
	}
	return s.purgeEntityCopy(ctx, op, entity.GUID, false)
}

// PurgeEntityReferenceCopyByID removes the copy of an entity, or a proxy,
// with all its versions, classifications and relationships.
func (s *Store) PurgeEntityReferenceCopyByID(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	const op = "purgeEntityReferenceCopy"
	if err := requireIDs(op, "entityGUID", guid, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName, "homeMetadataCollectionId", homeID); err != nil {
		return err
	}
	return s.purgeEntityCopy(ctx, op, guid, true)
}

func (s *Store) purgeEntityCopy(ctx context.Context, op, guid string, unknownIsError bool) error {
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockEntity(ctx, tx, guid)
		if err != nil {
			return nil, err
		}
		if stored == nil {
			if unknownIsError {
				return nil, s.entityNotKnown(op, guid)
			}
			return nil, nil
		}
		if stored.detail != nil && s.isUpdatable(&stored.detail.InstanceAuditHeader) {
			return nil, s.homeEntity(op, guid)
		}
		return nil, run(ctx, tx, cypher.PurgeEntity, map[string]any{"guid": guid})
	})
	return storeError(op, err)
}

func (s *Store) homeEntity(op, guid string) error {
	return typesystem.NewError(typesystem.KindHomeEntity, "guid",
		"%s cannot act on entity %s as a reference copy: it is homed in this repository; use the entity maintenance operations", op, guid)
}

// RefreshEntityReferenceCopy requests that an entity's home send it again.
// The request travels through the cohort, which this server does not join,
// so it is not supported for copies.
func (s *Store) RefreshEntityReferenceCopy(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	const op = "refreshEntityReferenceCopy"
	if err := requireIDs(op, "entityGUID", guid, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName, "homeMetadataCollectionId", homeID); err != nil {
		return err
	}
	stored, err := s.readEntity(ctx, guid)
	if err != nil {
		return storeError(op, err)
	}
	if stored != nil && stored.detail != nil && s.isUpdatable(&stored.detail.InstanceAuditHeader) {
		return s.homeEntity(op, guid)
	}
	return typesystem.NewError(typesystem.KindFunctionNotSupported, "",
		"%s needs a cohort to send the refresh request through, and this server has not joined one", op)
}
