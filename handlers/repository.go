package handlers

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// Repository is the store the REST layer calls to serve OMRS operations. The
// implementation applies every repository rule (unknown GUIDs, paging, type
// checks) and reports failures as *typesystem.Error values, whose Kind
// selects the exception class the caller receives. Any other error is reported
// as RepositoryErrorException with a generic message.
//
// Implementations must be safe for concurrent use. Returned objects belong
// to the caller only for encoding: the REST layer never modifies them.
// Arguments decoded from the request belong to the implementation once
// passed. The context carries the request body's requestId, when it has
// one, for typesystem.RequestIDFrom. Any operation may also fail with
// InvalidParameter, UserNotAuthorized or RepositoryError.
type Repository interface {
	// MetadataCollectionID returns the metadata collection id this server
	// registered in its cohort. It must not be empty.
	MetadataCollectionID() string

	// Types returns the type registry that serves the type queries.
	Types() TypeRegistry

	// IsEntityKnown returns the entity with the given GUID in any status,
	// DELETED included, or nil and no error when it is not stored.
	IsEntityKnown(ctx context.Context, userID, guid string) (*typesystem.EntityDetail, error)

	// GetEntitySummary returns the stored entity or proxy with the given
	// GUID. It fails with EntityNotKnown when neither is stored.
	GetEntitySummary(ctx context.Context, userID, guid string) (typesystem.EntitySummaryPayload, error)

	// GetEntityDetail returns the entity with the given GUID as it was at
	// asOfTime, or as it is now when asOfTime is nil. It fails with
	// EntityNotKnown or, when only a proxy is stored, EntityProxyOnly.
	GetEntityDetail(ctx context.Context, userID, guid string, asOfTime *typesystem.Millis) (*typesystem.EntityDetail, error)

	// IsRelationshipKnown returns the relationship with the given GUID in any
	// status, or nil and no error when it is not stored.
	IsRelationshipKnown(ctx context.Context, userID, guid string) (*typesystem.Relationship, error)

	// GetRelationship returns the relationship with the given GUID as it was
	// at asOfTime, or as it is now when asOfTime is nil. It fails with
	// RelationshipNotKnown.
	GetRelationship(ctx context.Context, userID, guid string, asOfTime *typesystem.Millis) (*typesystem.Relationship, error)

	// GetRelationshipsForEntity returns one page of the relationships
	// attached to the entity, filtered and ordered as req specifies, or nil when
	// none match. A nil req.AsOfTime means now. It fails with EntityNotKnown,
	// TypeError, PropertyError or PagingError.
	GetRelationshipsForEntity(ctx context.Context, userID, entityGUID string,
		req *typesystem.TypeLimitedHistoricalFindRequest) ([]*typesystem.Relationship, error)

	// GetHomeClassifications returns the classifications homed in this
	// repository on the stored entity or proxy, as they were at asOfTime or
	// as they are now when asOfTime is nil, or nil when there are none. It
	// fails with EntityNotKnown or FunctionNotSupported.
	GetHomeClassifications(ctx context.Context, userID, entityGUID string, asOfTime *typesystem.Millis) ([]*typesystem.Classification, error)

	InstanceHistory
	EntityMaintenance
	ClassificationMaintenance
	RelationshipMaintenance
	ChangeControl
	ReferenceCopies
	AnalystQueries
}

// InstanceHistory lists the stored versions of an instance and undoes its
// last update. The REST layer passes a non-nil HistoryRangeRequest whose
// SequencingOrder is set, BACKWARDS when the caller sent none. Any method
// may fail with FunctionNotSupported.
type InstanceHistory interface {
	// GetEntityDetailHistory returns one page of the entity's versions that
	// overlap [request.FromTime, request.ToTime), or nil when none do. A nil
	// time leaves that end of the range open. It fails with EntityNotKnown,
	// EntityProxyOnly or PagingError.
	GetEntityDetailHistory(ctx context.Context, userID, guid string,
		request *typesystem.HistoryRangeRequest) ([]*typesystem.EntityDetail, error)

	// GetRelationshipHistory is GetEntityDetailHistory for a relationship.
	// It fails with RelationshipNotKnown or PagingError.
	GetRelationshipHistory(ctx context.Context, userID, guid string,
		request *typesystem.HistoryRangeRequest) ([]*typesystem.Relationship, error)

	// GetClassificationHistory returns one page of the versions of the named
	// classification on the entity, its final DELETED version included, or
	// nil when none overlap the range. It fails with EntityNotKnown,
	// EntityProxyOnly or PagingError.
	GetClassificationHistory(ctx context.Context, userID, guid, classificationName string,
		request *typesystem.HistoryRangeRequest) ([]*typesystem.Classification, error)

	// UndoEntityUpdate stores the content of the entity's previous version as
	// a new version and returns it. It returns nil and no error when the
	// entity has no earlier version. It fails with EntityNotKnown.
	UndoEntityUpdate(ctx context.Context, userID, guid string) (*typesystem.EntityDetail, error)

	// UndoRelationshipUpdate is UndoEntityUpdate for a relationship. It fails
	// with RelationshipNotKnown.
	UndoRelationshipUpdate(ctx context.Context, userID, guid string) (*typesystem.Relationship, error)
}

// TypeRegistry is the read-only view of the known types that the type
// queries use. *typesystem.Registry implements it. Implementations must be
// safe for concurrent use, and callers must not modify returned types. The
// query methods return nil lists when nothing matches and fail with
// InvalidParameter for an empty or invalid argument, such as a regular
// expression that cannot be compiled.
type TypeRegistry interface {
	TypeDefs() []*typesystem.TypeDef
	AttributeTypeDefs() []*typesystem.AttributeTypeDef
	TypeDefByGUID(guid string) (*typesystem.TypeDef, bool)
	TypeDefByName(name string) (*typesystem.TypeDef, bool)
	AttributeTypeDefByGUID(guid string) (*typesystem.AttributeTypeDef, bool)
	AttributeTypeDefByName(name string) (*typesystem.AttributeTypeDef, bool)

	// FindTypesByName returns the TypeDefs and AttributeTypeDefs whose whole
	// name matches the Java regular expression.
	FindTypesByName(pattern string) ([]*typesystem.TypeDef, []*typesystem.AttributeTypeDef, error)
	// SearchTypeDefs returns the TypeDefs whose whole name matches the Java
	// regular expression.
	SearchTypeDefs(pattern string) ([]*typesystem.TypeDef, error)
	TypeDefsByCategory(category typesystem.TypeDefCategory) ([]*typesystem.TypeDef, error)
	AttributeTypeDefsByCategory(category typesystem.AttributeTypeDefCategory) ([]*typesystem.AttributeTypeDef, error)
	// TypeDefsByProperty returns the TypeDefs whose own attributes include
	// every one of names.
	TypeDefsByProperty(names []string) ([]*typesystem.TypeDef, error)
	// TypesByExternalID returns the TypeDefs with an external standard
	// mapping that matches any of the non-empty arguments, once per matching
	// mapping. All three arguments empty fails with InvalidParameter.
	TypesByExternalID(standard, organization, identifier string) ([]*typesystem.TypeDef, error)

	// VerifyTypeDef reports whether an identical TypeDef is known: false when
	// its name is unknown, TypeDefConflict when it differs from the stored one.
	VerifyTypeDef(typeDef *typesystem.TypeDef) (bool, error)
	// VerifyAttributeTypeDef does the same for an AttributeTypeDef.
	VerifyAttributeTypeDef(attributeTypeDef *typesystem.AttributeTypeDef) (bool, error)
}
