package handlers

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// repoCall is one stub call recorded by capture. The older reads in
// helpers_test.go use record instead.
type repoCall struct {
	method    string
	userID    string
	requestID string // request id the context carried
	args      []any  // arguments after userID
}

// capture records a call and returns the stub's configured error.
func (r *stubRepository) capture(ctx context.Context, method, userID string, args ...any) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.last = repoCall{method: method, userID: userID, requestID: typesystem.RequestIDFrom(ctx), args: args}
	return r.failWith
}

func (r *stubRepository) lastCall() repoCall {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.last
}

func testClassification() *typesystem.Classification {
	c := &typesystem.Classification{Name: "Confidentiality"}
	c.Type = &typesystem.InstanceType{TypeDefCategory: typesystem.CategoryClassificationDef,
		TypeDefGUID: "guid-of-Confidentiality", TypeDefName: "Confidentiality", TypeDefVersion: 1}
	c.MetadataCollectionID = testCollectionID
	c.Status = typesystem.StatusActive
	c.Version = 1
	return c
}

// entityOrError returns the test entity unless err is set.
func entityOrError(err error) (*typesystem.EntityDetail, error) {
	if err != nil {
		return nil, err
	}
	return testEntity(), nil
}

func relationshipOrError(err error) (*typesystem.Relationship, error) {
	if err != nil {
		return nil, err
	}
	return testRelationship(), nil
}

func classificationOrError(err error) (*typesystem.Classification, error) {
	if err != nil {
		return nil, err
	}
	return testClassification(), nil
}

func (r *stubRepository) GetHomeClassifications(ctx context.Context, userID, guid string, asOfTime *typesystem.Millis) ([]*typesystem.Classification, error) {
	if err := r.capture(ctx, "GetHomeClassifications", userID, guid, asOfTime); err != nil {
		return nil, err
	}
	if guid == proxyEntityGUID {
		return nil, nil
	}
	return []*typesystem.Classification{testClassification()}, nil
}

func (r *stubRepository) AddEntity(ctx context.Context, userID string, request *typesystem.EntityCreateRequest) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "AddEntity", userID, request))
}

func (r *stubRepository) AddExternalEntity(ctx context.Context, userID string, request *typesystem.EntityCreateRequest) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "AddExternalEntity", userID, request))
}

func (r *stubRepository) AddEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy) error {
	return r.capture(ctx, "AddEntityProxy", userID, proxy)
}

func (r *stubRepository) UpdateEntityStatus(ctx context.Context, userID, guid string, status typesystem.InstanceStatus) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "UpdateEntityStatus", userID, guid, status))
}

func (r *stubRepository) UpdateEntityProperties(ctx context.Context, userID, guid string, properties *typesystem.InstanceProperties) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "UpdateEntityProperties", userID, guid, properties))
}

func (r *stubRepository) DeleteEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "DeleteEntity", userID, typeDefGUID, typeDefName, guid))
}

func (r *stubRepository) PurgeEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) error {
	return r.capture(ctx, "PurgeEntity", userID, typeDefGUID, typeDefName, guid)
}

func (r *stubRepository) RestoreEntity(ctx context.Context, userID, guid string) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "RestoreEntity", userID, guid))
}

func (r *stubRepository) ClassifyEntity(ctx context.Context, userID, guid, classificationName string,
	request *typesystem.ClassificationRequest) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "ClassifyEntity", userID, guid, classificationName, request))
}

func (r *stubRepository) ClassifyEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy, classificationName string,
	request *typesystem.ClassificationRequest) (*typesystem.Classification, error) {
	return classificationOrError(r.capture(ctx, "ClassifyEntityProxy", userID, proxy, classificationName, request))
}

func (r *stubRepository) DeclassifyEntity(ctx context.Context, userID, guid, classificationName string) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "DeclassifyEntity", userID, guid, classificationName))
}

func (r *stubRepository) DeclassifyEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy,
	classificationName string) (*typesystem.Classification, error) {
	return classificationOrError(r.capture(ctx, "DeclassifyEntityProxy", userID, proxy, classificationName))
}

func (r *stubRepository) UpdateEntityClassification(ctx context.Context, userID, guid, classificationName string,
	properties *typesystem.InstanceProperties) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "UpdateEntityClassification", userID, guid, classificationName, properties))
}

func (r *stubRepository) UpdateEntityClassificationProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy,
	classificationName string, properties *typesystem.InstanceProperties) (*typesystem.Classification, error) {
	return classificationOrError(r.capture(ctx, "UpdateEntityClassificationProxy", userID, proxy, classificationName, properties))
}

func (r *stubRepository) AddRelationship(ctx context.Context, userID string, request *typesystem.RelationshipCreateRequest) (*typesystem.Relationship, error) {
	return relationshipOrError(r.capture(ctx, "AddRelationship", userID, request))
}

func (r *stubRepository) AddExternalRelationship(ctx context.Context, userID string, request *typesystem.RelationshipCreateRequest) (*typesystem.Relationship, error) {
	return relationshipOrError(r.capture(ctx, "AddExternalRelationship", userID, request))
}

func (r *stubRepository) UpdateRelationshipStatus(ctx context.Context, userID, guid string, status typesystem.InstanceStatus) (*typesystem.Relationship, error) {
	return relationshipOrError(r.capture(ctx, "UpdateRelationshipStatus", userID, guid, status))
}

func (r *stubRepository) UpdateRelationshipProperties(ctx context.Context, userID, guid string,
	properties *typesystem.InstanceProperties) (*typesystem.Relationship, error) {
	return relationshipOrError(r.capture(ctx, "UpdateRelationshipProperties", userID, guid, properties))
}

func (r *stubRepository) DeleteRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) (*typesystem.Relationship, error) {
	return relationshipOrError(r.capture(ctx, "DeleteRelationship", userID, typeDefGUID, typeDefName, guid))
}

func (r *stubRepository) PurgeRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) error {
	return r.capture(ctx, "PurgeRelationship", userID, typeDefGUID, typeDefName, guid)
}

func (r *stubRepository) RestoreRelationship(ctx context.Context, userID, guid string) (*typesystem.Relationship, error) {
	return relationshipOrError(r.capture(ctx, "RestoreRelationship", userID, guid))
}

func (r *stubRepository) ReIdentifyEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid, newGUID string) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "ReIdentifyEntity", userID, typeDefGUID, typeDefName, guid, newGUID))
}

func (r *stubRepository) ReTypeEntity(ctx context.Context, userID, guid string, currentType, newType *typesystem.TypeDefSummary) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "ReTypeEntity", userID, guid, currentType, newType))
}

func (r *stubRepository) ReHomeEntity(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID, newHomeID, newHomeName string) (*typesystem.EntityDetail, error) {
	return entityOrError(r.capture(ctx, "ReHomeEntity", userID, guid, typeDefGUID, typeDefName, homeID, newHomeID, newHomeName))
}

func (r *stubRepository) ReIdentifyRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid, newGUID string) (*typesystem.Relationship, error) {
	return relationshipOrError(r.capture(ctx, "ReIdentifyRelationship", userID, typeDefGUID, typeDefName, guid, newGUID))
}

func (r *stubRepository) ReTypeRelationship(ctx context.Context, userID, guid string, currentType, newType *typesystem.TypeDefSummary) (*typesystem.Relationship, error) {
	return relationshipOrError(r.capture(ctx, "ReTypeRelationship", userID, guid, currentType, newType))
}

func (r *stubRepository) ReHomeRelationship(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID, newHomeID, newHomeName string) (*typesystem.Relationship, error) {
	return relationshipOrError(r.capture(ctx, "ReHomeRelationship", userID, guid, typeDefGUID, typeDefName, homeID, newHomeID, newHomeName))
}

func (r *stubRepository) SaveEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error {
	return r.capture(ctx, "SaveEntityReferenceCopy", userID, entity)
}

func (r *stubRepository) DeleteEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error {
	return r.capture(ctx, "DeleteEntityReferenceCopy", userID, entity)
}

func (r *stubRepository) PurgeEntityReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail) error {
	return r.capture(ctx, "PurgeEntityReferenceCopy", userID, entity)
}

func (r *stubRepository) PurgeEntityReferenceCopyByID(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	return r.capture(ctx, "PurgeEntityReferenceCopyByID", userID, guid, typeDefGUID, typeDefName, homeID)
}

func (r *stubRepository) RefreshEntityReferenceCopy(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	return r.capture(ctx, "RefreshEntityReferenceCopy", userID, guid, typeDefGUID, typeDefName, homeID)
}

func (r *stubRepository) SaveClassificationReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail,
	proxy *typesystem.EntityProxy, classification *typesystem.Classification) error {
	return r.capture(ctx, "SaveClassificationReferenceCopy", userID, entity, proxy, classification)
}

func (r *stubRepository) PurgeClassificationReferenceCopy(ctx context.Context, userID string, entity *typesystem.EntityDetail,
	proxy *typesystem.EntityProxy, classification *typesystem.Classification) error {
	return r.capture(ctx, "PurgeClassificationReferenceCopy", userID, entity, proxy, classification)
}

func (r *stubRepository) SaveRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error {
	return r.capture(ctx, "SaveRelationshipReferenceCopy", userID, relationship)
}

func (r *stubRepository) DeleteRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error {
	return r.capture(ctx, "DeleteRelationshipReferenceCopy", userID, relationship)
}

func (r *stubRepository) PurgeRelationshipReferenceCopy(ctx context.Context, userID string, relationship *typesystem.Relationship) error {
	return r.capture(ctx, "PurgeRelationshipReferenceCopy", userID, relationship)
}

func (r *stubRepository) PurgeRelationshipReferenceCopyByID(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	return r.capture(ctx, "PurgeRelationshipReferenceCopyByID", userID, guid, typeDefGUID, typeDefName, homeID)
}

func (r *stubRepository) RefreshRelationshipReferenceCopy(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error {
	return r.capture(ctx, "RefreshRelationshipReferenceCopy", userID, guid, typeDefGUID, typeDefName, homeID)
}

func (r *stubRepository) SaveInstanceReferenceCopies(ctx context.Context, userID string, entities []*typesystem.EntityDetail,
	relationships []*typesystem.Relationship) error {
	return r.capture(ctx, "SaveInstanceReferenceCopies", userID, entities, relationships)
}
