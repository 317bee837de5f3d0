package graph

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// TODO: the operations in this file answer FunctionNotSupportedException
// until their OMRS rules are implemented; each leaves this file when built.

// ClassifyEntity implements classifyEntity and its detailed form; the plain
// form passes only ClassificationProperties.
func (s *Store) ClassifyEntity(ctx context.Context, userID, guid, classificationName string, request *typesystem.ClassificationRequest) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("classifyEntity")
}

// ClassifyEntityProxy implements the proxy forms of classifyEntity.
func (s *Store) ClassifyEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy, classificationName string, request *typesystem.ClassificationRequest) (*typesystem.Classification, error) {
	return nil, notBuilt("classifyEntity")
}

// DeclassifyEntity implements declassifyEntity.
func (s *Store) DeclassifyEntity(ctx context.Context, userID, guid, classificationName string) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("declassifyEntity")
}

// DeclassifyEntityProxy implements the proxy form of declassifyEntity.
func (s *Store) DeclassifyEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy, classificationName string) (*typesystem.Classification, error) {
	return nil, notBuilt("declassifyEntity")
}

// UpdateEntityClassification implements updateEntityClassification.
func (s *Store) UpdateEntityClassification(ctx context.Context, userID, guid, classificationName string, properties *typesystem.InstanceProperties) (*typesystem.EntityDetail, error) {
	return nil, notBuilt("updateEntityClassification")
}

// UpdateEntityClassificationProxy implements the proxy form of
// updateEntityClassification.
func (s *Store) UpdateEntityClassificationProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy, classificationName string, properties *typesystem.InstanceProperties) (*typesystem.Classification, error) {
	return nil, notBuilt("updateEntityClassification")
}

// GetHomeClassifications implements getHomeClassifications.
func (s *Store) GetHomeClassifications(ctx context.Context, userID, guid string, asOfTime *typesystem.Millis) ([]*typesystem.Classification, error) {
	return nil, notBuilt("getHomeClassifications")
}
