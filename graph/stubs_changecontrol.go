package graph

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// TODO: the operations in this file answer FunctionNotSupportedException
// until their OMRS rules are implemented; each leaves this file when built.

// ReIdentifyEntity implements reIdentifyEntity.
func (s *Store) ReIdentifyEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid, newGUID string) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("reIdentifyEntity")
}

// ReTypeEntity implements reTypeEntity.
func (s *Store) ReTypeEntity(ctx context.Context, userID, guid string, currentType, newType *typesystem.TypeDefSummary) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("reTypeEntity")
}

// ReHomeEntity implements reHomeEntity.
func (s *Store) ReHomeEntity(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID, newHomeID, newHomeName string) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("reHomeEntity")
}

// ReIdentifyRelationship implements reIdentifyRelationship.
func (s *Store) ReIdentifyRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid, newGUID string) (*typesystem.Relationship, error) {
	return nil, notBuilt("reIdentifyRelationship")
}

// ReTypeRelationship implements reTypeRelationship.
func (s *Store) ReTypeRelationship(ctx context.Context, userID, guid string, currentType, newType *typesystem.TypeDefSummary) (*typesystem.Relationship, error) {
	return nil, notBuilt("reTypeRelationship")
}

// ReHomeRelationship implements reHomeRelationship.
func (s *Store) ReHomeRelationship(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID, newHomeID, newHomeName string) (*typesystem.Relationship, error) {
	return nil, notBuilt("reHomeRelationship")
}
