package handlers

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// The interfaces in this file group the Repository methods that change
// stored instances. Each may fail with FunctionNotSupported when the
// repository does not offer the operation. Methods that return an entity or
// a relationship return it as stored after the change, and every method
// that returns a value returns nil only with an error.

// EntityMaintenance creates and changes entities homed in this repository.
type EntityMaintenance interface {
	// AddEntity creates an entity homed here. It fails with TypeError,
	// PropertyError, ClassificationError or StatusNotSupported.
	AddEntity(ctx context.Context, userID string, request *typesystem.EntityCreateRequest) (*typesystem.EntityDetail, error)

	// AddExternalEntity creates an entity homed in the external source that
	// request.MetadataCollectionID names. It fails like AddEntity.
	AddExternalEntity(ctx context.Context, userID string, request *typesystem.EntityCreateRequest) (*typesystem.EntityDetail, error)

	// AddEntityProxy stores a proxy for an entity homed elsewhere.
	AddEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy) error

	// UpdateEntityStatus serves the legacy updateEntityStatus. status is the
	// name the caller sent, unchecked. It fails with EntityNotKnown or
	// StatusNotSupported.
	UpdateEntityStatus(ctx context.Context, userID, guid string, status typesystem.InstanceStatus) (*typesystem.EntityDetail, error)

	// UpdateEntityProperties replaces the entity's properties. It fails with
	// EntityNotKnown or PropertyError.
	UpdateEntityProperties(ctx context.Context, userID, guid string, properties *typesystem.InstanceProperties) (*typesystem.EntityDetail, error)

	// DeleteEntity soft-deletes the entity. It fails with EntityNotKnown.
	DeleteEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) (*typesystem.EntityDetail, error)

	// PurgeEntity removes a soft-deleted entity. It fails with EntityNotKnown
	// or EntityNotDeleted.
	PurgeEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) error

	// RestoreEntity undoes a soft delete. It fails with EntityNotKnown or
	// EntityNotDeleted.
	RestoreEntity(ctx context.Context, userID, guid string) (*typesystem.EntityDetail, error)
}

// ClassificationMaintenance adds, changes and removes classifications on
// stored entities or on entities given as a proxy. The proxy forms return
// the classification instead of the entity, and ClassifyEntityProxy stores
// the proxy when it is not stored yet. Every method may fail with
// EntityNotKnown or ClassificationError.
type ClassificationMaintenance interface {
	// ClassifyEntity classifies the entity. The plain classifyEntity sets
	// only request.ClassificationProperties. It also fails with
	// PropertyError.
	ClassifyEntity(ctx context.Context, userID, guid, classificationName string,
		request *typesystem.ClassificationRequest) (*typesystem.EntityDetail, error)

	// ClassifyEntityProxy classifies the entity proxy describes. It also
	// fails with PropertyError.
	ClassifyEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy, classificationName string,
		request *typesystem.ClassificationRequest) (*typesystem.Classification, error)

	// DeclassifyEntity removes the classification.
	DeclassifyEntity(ctx context.Context, userID, guid, classificationName string) (*typesystem.EntityDetail, error)

	// DeclassifyEntityProxy removes the classification and returns it as it
	// was before the removal.
	DeclassifyEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy,
		classificationName string) (*typesystem.Classification, error)

	// UpdateEntityClassification replaces the classification's properties.
	// It also fails with PropertyError.
	UpdateEntityClassification(ctx context.Context, userID, guid, classificationName string,
		properties *typesystem.InstanceProperties) (*typesystem.EntityDetail, error)

	// UpdateEntityClassificationProxy replaces the properties of a
	// classification on the entity proxy describes. It also fails with
	// PropertyError.
	UpdateEntityClassificationProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy, classificationName string,
		properties *typesystem.InstanceProperties) (*typesystem.Classification, error)
}

// RelationshipMaintenance creates and changes relationships homed in this
// repository.
type RelationshipMaintenance interface {
	// AddRelationship creates a relationship homed here. It fails with
	// TypeError, PropertyError, EntityNotKnown or StatusNotSupported.
	AddRelationship(ctx context.Context, userID string, request *typesystem.RelationshipCreateRequest) (*typesystem.Relationship, error)

	// AddExternalRelationship creates a relationship homed in the external
	// source that request.MetadataCollectionID names. It fails like
	// AddRelationship.
	AddExternalRelationship(ctx context.Context, userID string, request *typesystem.RelationshipCreateRequest) (*typesystem.Relationship, error)

	// UpdateRelationshipStatus serves the legacy updateRelationshipStatus.
	// status is the name the caller sent, unchecked. It fails with
	// RelationshipNotKnown or StatusNotSupported.
	UpdateRelationshipStatus(ctx context.Context, userID, guid string, status typesystem.InstanceStatus) (*typesystem.Relationship, error)

	// UpdateRelationshipProperties replaces the relationship's properties.
	// It fails with RelationshipNotKnown or PropertyError.
	UpdateRelationshipProperties(ctx context.Context, userID, guid string,
		properties *typesystem.InstanceProperties) (*typesystem.Relationship, error)

	// DeleteRelationship soft-deletes the relationship. It fails with
	// RelationshipNotKnown.
	DeleteRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) (*typesystem.Relationship, error)

	// PurgeRelationship removes a soft-deleted relationship. It fails with
	// RelationshipNotKnown or RelationshipNotDeleted.
	PurgeRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) error

	// RestoreRelationship undoes a soft delete. It fails with
	// RelationshipNotKnown or RelationshipNotDeleted.
	RestoreRelationship(ctx context.Context, userID, guid string) (*typesystem.Relationship, error)
}

// ChangeControl changes the GUID, type or home of stored instances. The
// entity methods may fail with EntityNotKnown, the relationship methods
// with RelationshipNotKnown.
type ChangeControl interface {
	// ReIdentifyEntity moves the entity to newGUID.
	ReIdentifyEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid, newGUID string) (*typesystem.EntityDetail, error)

	// ReTypeEntity changes the entity's type from currentType to newType. It
	// also fails with TypeError, PropertyError or ClassificationError.
	ReTypeEntity(ctx context.Context, userID, guid string, currentType, newType *typesystem.TypeDefSummary) (*typesystem.EntityDetail, error)

	// ReHomeEntity makes newHomeID the home of the entity that the caller
	// believes is homed in homeID. newHomeName may be empty.
	ReHomeEntity(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID, newHomeID, newHomeName string) (*typesystem.EntityDetail, error)

	// ReIdentifyRelationship moves the relationship to newGUID.
	ReIdentifyRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid, newGUID string) (*typesystem.Relationship, error)

	// ReTypeRelationship changes the relationship's type. It also fails with
	// TypeError or PropertyError.
	ReTypeRelationship(ctx context.Context, userID, guid string, currentType, newType *typesystem.TypeDefSummary) (*typesystem.Relationship, error)

	// ReHomeRelationship makes newHomeID the home of the relationship.
	// newHomeName may be empty.
	ReHomeRelationship(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID, newHomeID, newHomeName string) (*typesystem.Relationship, error)
}

// ReferenceCopies maintains copies of instances homed in other repositories.
// The entity methods may fail with TypeError, PropertyError, HomeEntity,
// EntityConflict or InvalidEntity, the relationship methods with TypeError,
// EntityNotKnown, PropertyError, HomeRelationship, RelationshipConflict or
// InvalidRelationship.
type ReferenceCopies interface {
	SaveEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error
	DeleteEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error
	PurgeEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error

	// PurgeEntityReferenceCopyByID fails with EntityNotKnown or HomeEntity.
	PurgeEntityReferenceCopyByID(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error

	// RefreshEntityReferenceCopy requests a new copy of the entity from its
	// home repository. It fails with EntityNotKnown or HomeEntity.
	RefreshEntityReferenceCopy(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error

	// SaveClassificationReferenceCopy and PurgeClassificationReferenceCopy
	// receive the classified entity in full or as a proxy. When both are
	// given, entity wins. They fail with TypeError, PropertyError,
	// EntityConflict or InvalidEntity.
	SaveClassificationReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail,
		proxy *typesystem.EntityProxy, classification *typesystem.Classification) error
	PurgeClassificationReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail,
		proxy *typesystem.EntityProxy, classification *typesystem.Classification) error

	SaveRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error
	DeleteRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error
	PurgeRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error

	// PurgeRelationshipReferenceCopyByID fails with RelationshipNotKnown or
	// HomeRelationship.
	PurgeRelationshipReferenceCopyByID(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error

	// RefreshRelationshipReferenceCopy requests a new copy of the
	// relationship from its home repository. It fails with
	// RelationshipNotKnown or HomeRelationship.
	RefreshRelationshipReferenceCopy(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error

	// SaveInstanceReferenceCopies saves the entities, then the
	// relationships, and skips members homed here. It fails with any error
	// of the single saves, except that HomeEntity and HomeRelationship
	// become InvalidEntity and InvalidRelationship.
	SaveInstanceReferenceCopies(ctx context.Context, userID string, entities []*typesystem.EntityDetail,
		relationships []*typesystem.Relationship) error
}
