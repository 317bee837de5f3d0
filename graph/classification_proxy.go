package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// proxyChange computes new classifications for a stored entity or proxy and
// returns the classification the operation reports.
type proxyChange func(stored *storedEntity) ([]*typesystem.Classification, *typesystem.Classification, error)

// changeThroughProxy runs a classification change that names its entity by
// proxy: when nothing is stored under the proxy's GUID the proxy is stored
// first, then change runs on the stored entity or proxy, in one transaction.
// When removes is true, the reported classification is the one removed, and
// its final DELETED version is recorded after the write.
func (s *Store) changeThroughProxy(ctx context.Context, op, userID string, proxy *typesystem.EntityProxy, removes bool, change proxyChange) (*typesystem.Classification, error) {
	if err := s.checkProxy(op, proxy); err != nil {
		return nil, err
	}
	result, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockEntity(ctx, tx, proxy.GUID)
		if err != nil {
			return nil, err
		}
		if stored != nil && stored.tampered {
			return nil, s.sealBroken("entity", proxy.GUID)
		}
		if stored == nil {
			copied := *proxy
			stored = &storedEntity{proxy: &copied}
		}
		classifications, reported, err := change(stored)
		if err != nil {
			return nil, err
		}
		if err := s.writeStoredClassifications(ctx, tx, stored, classifications); err != nil {
			return nil, err
		}
		if removes {
			return reported, s.endClassification(ctx, tx, userID, proxy.GUID, stored.classifications(), reported)
		}
		return reported, nil
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	classification := result.(*typesystem.Classification)
	s.fixProvenance(&classification.InstanceAuditHeader)
	return classification, nil
}

// writeStoredClassifications stores a full entity or proxy unchanged but
// for its classifications.
func (s *Store) writeStoredClassifications(ctx context.Context, tx neo4j.ManagedTransaction, stored *storedEntity, classifications []*typesystem.Classification) error {
	if stored.detail != nil {
		entity := *stored.detail
		entity.Classifications = classifications
		return s.writeEntity(ctx, tx, &entity)
	}
	proxy := *stored.proxy
	proxy.Classifications = classifications
	row, err := s.proxyRow(&proxy)
	if err != nil {
		return err
	}
	return s.writeEntityRows(ctx, tx, []map[string]any{row})
}

// ClassifyEntityProxy adds a classification to the entity a proxy names,
// storing the proxy first when nothing is stored under its GUID.
func (s *Store) ClassifyEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy, classificationName string, request *typesystem.ClassificationRequest) (*typesystem.Classification, error) {
	const op = "classifyEntity"
	typeDef, err := s.classificationTypeDef(op, classificationName)
	if err != nil {
		return nil, err
	}
	return s.changeThroughProxy(ctx, op, userID, proxy, false, func(stored *storedEntity) ([]*typesystem.Classification, *typesystem.Classification, error) {
		if err := s.classifiable(op, proxy.GUID, stored, true); err != nil {
			return nil, nil, err
		}
		classification := s.newClassification(ctx, userID, typeDef, request)
		if err := s.registry.ValidateClassification(classification, stored.header().TypeName(), true); err != nil {
			return nil, nil, err
		}
		classifications, _, err := addClassification(op, proxy.GUID, stored.classifications(), classification)
		if err != nil {
			return nil, nil, err
		}
		for _, stored := range classifications {
			if stored.Name == classification.Name {
				return classifications, stored, nil
			}
		}
		return classifications, classification, nil
	})
}

// DeclassifyEntityProxy removes a classification from the entity a proxy
// names and returns the removed classification.
func (s *Store) DeclassifyEntityProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy, classificationName string) (*typesystem.Classification, error) {
	const op = "declassifyEntity"
	if _, err := s.classificationTypeDef(op, classificationName); err != nil {
		return nil, err
	}
	return s.changeThroughProxy(ctx, op, userID, proxy, true, func(stored *storedEntity) ([]*typesystem.Classification, *typesystem.Classification, error) {
		if err := s.classifiable(op, proxy.GUID, stored, true); err != nil {
			return nil, nil, err
		}
		return removeClassification(op, proxy.GUID, stored.classifications(), classificationName)
	})
}

// UpdateEntityClassificationProxy replaces the properties of a
// classification on the entity a proxy names.
func (s *Store) UpdateEntityClassificationProxy(ctx context.Context, userID string, proxy *typesystem.EntityProxy, classificationName string, properties *typesystem.InstanceProperties) (*typesystem.Classification, error) {
	const op = "updateEntityClassification"
	if _, err := s.classificationTypeDef(op, classificationName); err != nil {
		return nil, err
	}
	return s.changeThroughProxy(ctx, op, userID, proxy, false, func(stored *storedEntity) ([]*typesystem.Classification, *typesystem.Classification, error) {
		if err := s.classifiable(op, proxy.GUID, stored, true); err != nil {
			return nil, nil, err
		}
		return s.updateClassification(ctx, op, userID, proxy.GUID, stored.header().TypeName(), stored.classifications(), classificationName, properties)
	})
}
