package graph

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// TODO: the operations in this file answer FunctionNotSupportedException
// until their OMRS rules are implemented; each leaves this file when built.

// AddRelationship implements addRelationship.
func (s *Store) AddRelationship(ctx context.Context, userID string, request *typesystem.RelationshipCreateRequest) (*typesystem.Relationship, error) {
	return nil, notBuilt("addRelationship")
}

// AddExternalRelationship implements addExternalRelationship.
func (s *Store) AddExternalRelationship(ctx context.Context, userID string, request *typesystem.RelationshipCreateRequest) (*typesystem.Relationship, error) {
	return nil, notBuilt("addExternalRelationship")
}

// UpdateRelationshipStatus implements the legacy updateRelationshipStatus.
func (s *Store) UpdateRelationshipStatus(ctx context.Context, userID, guid string, status typesystem.InstanceStatus) (*typesystem.Relationship, error) {
	return nil, notBuilt("updateRelationshipStatus")
}

// UpdateRelationshipProperties implements updateRelationshipProperties.
func (s *Store) UpdateRelationshipProperties(ctx context.Context, userID, guid string, properties *typesystem.InstanceProperties) (*typesystem.Relationship, error) {
	return nil, notBuilt("updateRelationshipProperties")
}

// DeleteRelationship implements deleteRelationship (soft delete).
func (s *Store) DeleteRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) (*typesystem.Relationship, error) {
	return nil, notBuilt("deleteRelationship")
}

// PurgeRelationship implements purgeRelationship.
func (s *Store) PurgeRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) error {
	return notBuilt("purgeRelationship")
}

// RestoreRelationship implements restoreRelationship.
func (s *Store) RestoreRelationship(ctx context.Context, userID, guid string) (*typesystem.Relationship, error) {
	return nil, notBuilt("restoreRelationship")
}
