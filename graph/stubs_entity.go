package graph

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// TODO: the operations in this file answer FunctionNotSupportedException
// until their OMRS rules are implemented; each leaves this file when built.

// AddEntity implements addEntity.
func (s *Store) AddEntity(ctx context.Context, userID string, request *typesystem.EntityCreateRequest) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("addEntity")
}

// AddExternalEntity implements addExternalEntity.
func (s *Store) AddExternalEntity(ctx context.Context, userID string, request *typesystem.EntityCreateRequest) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("addExternalEntity")
}

// AddEntityProxy implements addEntityProxy.
func (s *Store) AddEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy) error {
	return notBuilt("addEntityProxy")
}

// UpdateEntityStatus implements the legacy updateEntityStatus.
func (s *Store) UpdateEntityStatus(ctx context.Context, userID, guid string, status typesystem.InstanceStatus) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("updateEntityStatus")
}

// UpdateEntityProperties implements updateEntityProperties.
func (s *Store) UpdateEntityProperties(ctx context.Context, userID, guid string, properties *typesystem.InstanceProperties) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("updateEntityProperties")
}

// DeleteEntity implements deleteEntity (soft delete).
func (s *Store) DeleteEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("deleteEntity")
}

// PurgeEntity implements purgeEntity.
func (s *Store) PurgeEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) error {
	return notBuilt("purgeEntity")
}

// RestoreEntity implements restoreEntity.
func (s *Store) RestoreEntity(ctx context.Context, userID, guid string) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("restoreEntity")
}
