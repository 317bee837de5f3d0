package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// ReIdentifyRelationship gives a local relationship a new GUID: the old one
// stays as a soft-deleted tombstone and a new relationship between the same
// ends, one version on, records the old GUID in reIdentifiedFromGUID.
func (s *Store) ReIdentifyRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid, newGUID string) (*typesystem.Relationship, error) {
	const op = "reIdentifyRelationship"
	if err := requireIDs(op, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName, "relationshipGUID", guid, "newRelationshipGUID", newGUID); err != nil {
		return nil, err
	}
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockRelationship(ctx, tx, guid)
		if err != nil {
			return nil, err
		}
		if stored != nil && stored.tampered {
			return nil, s.sealBroken("relationship", guid)
		}
		state, err := s.liveRelationship(op, guid, stored)
		if err != nil {
			return nil, err
		}
		if err := s.checkTypeIDs(op, typeDefGUID, typeDefName, state.typeName); err != nil {
			return nil, err
		}
		if inUse, err := s.guidInUse(ctx, tx, newGUID); err != nil || inUse {
			if err == nil {
				err = s.guidTaken(op, newGUID)
			}
			return nil, err
		}
		s.touch(ctx, &state.relationship.InstanceAuditHeader, userID)
		renamed := *state.relationship
		renamed.GUID = newGUID
		renamed.ReIdentifiedFromGUID = guid
		tombstone := state.relationship
		tombstone.StatusOnDelete = tombstone.Status
		tombstone.Status = typesystem.StatusDeleted
		if err := s.writeRelationship(ctx, tx, state); err != nil {
			return nil, err
		}
		return nil, s.writeRelationship(ctx, tx, &storedRelationship{relationship: &renamed, typeName: state.typeName, end1: state.end1, end2: state.end2})
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	return s.readBack(ctx, op, newGUID)
}

// ReTypeRelationship moves a local relationship to another relationship
// type. The edge is replaced by one of the new type between the same ends,
// which must suit the new type's end definitions.
func (s *Store) ReTypeRelationship(ctx context.Context, userID, guid string, currentType, newType *typesystem.TypeDefSummary) (*typesystem.Relationship, error) {
	const op = "reTypeRelationship"
	if err := requireGUID(guid, "relationshipGUID", op); err != nil {
		return nil, err
	}
	target, err := s.retypeTarget(op, currentType, newType, typesystem.CategoryRelationshipDef)
	if err != nil {
		return nil, err
	}
	if err := s.ensureRelationshipTypes(ctx, []string{target.Name}); err != nil {
		return nil, storeError(op, err)
	}
	_, err = s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockRelationship(ctx, tx, guid)
		if err != nil {
			return nil, err
		}
		if stored != nil && stored.tampered {
			return nil, s.sealBroken("relationship", guid)
		}
		state, err := s.liveRelationship(op, guid, stored)
		if err != nil {
			return nil, err
		}
		if err := s.checkCurrentType(op, currentType, state.typeName); err != nil {
			return nil, err
		}
		endTypes, err := readEntityTypes(ctx, tx, []string{state.end1, state.end2})
		if err != nil {
			return nil, err
		}
		oldType := state.typeName
		state.relationship.Type = target.InstanceType()
		state.typeName = target.Name
		if err := s.registry.ValidateRelationship(state.relationship, endTypes[state.end1], endTypes[state.end2], true); err != nil {
			return nil, err
		}
		s.touch(ctx, &state.relationship.InstanceAuditHeader, userID)
		retire, err := cypher.RetireRelationshipEdge(oldType)
		if err != nil {
			return nil, err
		}
		if err := run(ctx, tx, retire, map[string]any{"guid": guid, "validTo": int64(*state.relationship.UpdateTime)}); err != nil {
			return nil, err
		}
		return nil, s.writeRelationship(ctx, tx, state)
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	return s.readBack(ctx, op, guid)
}

// ReHomeRelationship makes this repository the home of a relationship
// reference copy.
func (s *Store) ReHomeRelationship(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID, newHomeID, newHomeName string) (*typesystem.Relationship, error) {
	const op = "reHomeRelationship"
	if err := s.checkRehome(op, guid, typeDefGUID, typeDefName, homeID, newHomeID); err != nil {
		return nil, err
	}
	return s.changeRelationship(ctx, op, guid, func(_ neo4j.ManagedTransaction, stored *storedRelationship) (*storedRelationship, error) {
		if stored == nil || stored.relationship.Status == typesystem.StatusDeleted {
			return nil, s.relationshipNotKnown(op, guid)
		}
		if s.isUpdatable(&stored.relationship.InstanceAuditHeader) {
			return nil, typesystem.NewError(typesystem.KindInvalidParameter, "relationshipGUID",
				"%s can only re-home a reference copy, and relationship %s is already maintained here", op, guid)
		}
		if err := s.checkTypeIDs(op, typeDefGUID, typeDefName, stored.typeName); err != nil {
			return nil, err
		}
		relationship := stored.relationship
		relationship.MetadataCollectionID = newHomeID
		relationship.MetadataCollectionName = newHomeName
		relationship.InstanceProvenanceType = typesystem.ProvenanceLocalCohort
		s.touch(ctx, &relationship.InstanceAuditHeader, userID)
		return stored, nil
	})
}
