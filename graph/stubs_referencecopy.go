package graph

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// TODO: the operations in this file answer FunctionNotSupportedException
// until their OMRS rules are implemented; each leaves this file when built.

// SaveEntityReferenceCopy implements saveEntityReferenceCopy.
func (s *Store) SaveEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error {
	return notBuilt("saveEntityReferenceCopy")
}

// DeleteEntityReferenceCopy implements deleteEntityReferenceCopy.
func (s *Store) DeleteEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error {
	return notBuilt("deleteEntityReferenceCopy")
}

// PurgeEntityReferenceCopy implements purgeEntityReferenceCopy by object.
func (s *Store) PurgeEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error {
	return notBuilt("purgeEntityReferenceCopy")
}

// PurgeEntityReferenceCopyByID implements purgeEntityReferenceCopy by id.
func (s *Store) PurgeEntityReferenceCopyByID(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	return notBuilt("purgeEntityReferenceCopy")
}

// RefreshEntityReferenceCopy implements refreshEntityReferenceCopy.
func (s *Store) RefreshEntityReferenceCopy(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	return notBuilt("refreshEntityReferenceCopy")
}

// SaveClassificationReferenceCopy implements saveClassificationReferenceCopy;
// the entity is given in full or as a proxy, and the full entity wins when
// both are given.
func (s *Store) SaveClassificationReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail, proxy *typesystem.EntityProxy, classification *typesystem.Classification) error {
	return notBuilt("saveClassificationReferenceCopy")
}

// PurgeClassificationReferenceCopy implements purgeClassificationReferenceCopy.
func (s *Store) PurgeClassificationReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail, proxy *typesystem.EntityProxy, classification *typesystem.Classification) error {
	return notBuilt("purgeClassificationReferenceCopy")
}

// SaveRelationshipReferenceCopy implements saveRelationshipReferenceCopy.
func (s *Store) SaveRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error {
	return notBuilt("saveRelationshipReferenceCopy")
}

// DeleteRelationshipReferenceCopy implements deleteRelationshipReferenceCopy.
func (s *Store) DeleteRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error {
	return notBuilt("deleteRelationshipReferenceCopy")
}

// PurgeRelationshipReferenceCopy implements purgeRelationshipReferenceCopy by
// object.
func (s *Store) PurgeRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error {
	return notBuilt("purgeRelationshipReferenceCopy")
}

// PurgeRelationshipReferenceCopyByID implements
// purgeRelationshipReferenceCopy by id.
func (s *Store) PurgeRelationshipReferenceCopyByID(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	return notBuilt("purgeRelationshipReferenceCopy")
}

// RefreshRelationshipReferenceCopy implements
// refreshRelationshipReferenceCopy.
func (s *Store) RefreshRelationshipReferenceCopy(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	return notBuilt("refreshRelationshipReferenceCopy")
}

// SaveInstanceReferenceCopies implements saveInstanceReferenceCopies.
func (s *Store) SaveInstanceReferenceCopies(ctx context.Context, userID string, entities []*typesystem.EntityDetail, relationships []*typesystem.Relationship) error {
	return notBuilt("saveInstanceReferenceCopies")
}
