package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// sealBroken reports an instance whose stored properties no longer match
// their seal: someone changed it in Neo4j without going through this
// repository. The instance is not served until it is repaired.
func (s *Store) sealBroken(kind, guid string) error {
	s.log.WithFields(logrus.Fields{"guid": guid, "kind": kind}).Error("stored instance was changed outside the repository")
	return typesystem.NewError(typesystem.KindRepositoryError, "guid",
		"%s %s was changed in Neo4j outside this repository, so it is neither served nor changed; "+
			"run omrs-neo4j verify for the list, then purge a reference copy and have its home send it again, "+
			"or reload the archive or Neo4j backup that holds the instance", kind, guid)
}

// checkEntitySeals checks the seals of an entity node and its
// classification nodes in a record of cypher.EntityByGUID.
func (s *Store) checkEntitySeals(record *neo4j.Record, guid string) error {
	props, _, err := neo4j.GetRecordValue[map[string]any](record, "props")
	if err != nil {
		return fmt.Errorf("read column props: %w", err)
	}
	if !s.sealIntact(props) {
		return s.sealBroken("entity", guid)
	}
	classifications, _, err := neo4j.GetRecordValue[[]any](record, "classificationProps")
	if err != nil {
		return fmt.Errorf("read column classificationProps: %w", err)
	}
	for _, item := range classifications {
		classification, ok := item.(map[string]any)
		if !ok || !s.sealIntact(classification) {
			return s.sealBroken("classification of entity", guid)
		}
	}
	return nil
}

// headerOf returns the home fields of a stored node or edge, as far as the
// updatability rule needs them.
func headerOf(props map[string]any) *typesystem.InstanceAuditHeader {
	text := func(key string) string {
		value, _ := props[key].(string)
		return value
	}
	return &typesystem.InstanceAuditHeader{
		InstanceProvenanceType: typesystem.InstanceProvenanceType(text("instanceProvenanceType")),
		MetadataCollectionID:   text("metadataCollectionId"),
		ReplicatedBy:           text("replicatedBy"),
	}
}

// BrokenSeal names one node or edge whose properties no longer match their
// seal.
type BrokenSeal struct {
	// Kind is entity, classification or relationship.
	Kind string
	// GUID is the instance's GUID (the entity's, for a classification).
	GUID string
	// Name is the classification name or relationship type, if any.
	Name string
	// Copy is true for a reference copy, which its home can send again,
	// and false for an instance this repository maintains.
	Copy bool
}

// Verify checks the seal of every entity, classification and relationship
// stored, and returns those changed outside the repository.
func (s *Store) Verify(ctx context.Context) ([]BrokenSeal, error) {
	var broken []BrokenSeal
	checks := []struct {
		kind      string
		statement string
	}{
		{"entity", cypher.SealedEntities},
		{"classification", cypher.SealedClassifications},
		{"relationship", cypher.SealedRelationships},
	}
	for _, check := range checks {
		found, err := s.verifyAll(ctx, check.kind, check.statement)
		if err != nil {
			return nil, storeError("verify", err)
		}
		broken = append(broken, found...)
	}
	return broken, nil
}

// verifyAll streams the rows of one seal statement and collects the broken
// ones.
func (s *Store) verifyAll(ctx context.Context, kind, statement string) ([]BrokenSeal, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeRead})
	result, err := session.Run(ctx, statement, nil)
	if err != nil {
		return nil, errors.Join(err, session.Close(ctx))
	}
	var broken []BrokenSeal
	for result.Next(ctx) {
		record := result.Record()
		props, _, err := neo4j.GetRecordValue[map[string]any](record, "props")
		if err != nil {
			return nil, errors.Join(err, session.Close(ctx))
		}
		if s.sealIntact(props) {
			continue
		}
		guid, _, _ := neo4j.GetRecordValue[string](record, "guid")
		name, _, _ := neo4j.GetRecordValue[string](record, "name")
		broken = append(broken, BrokenSeal{Kind: kind, GUID: guid, Name: name, Copy: !s.isUpdatable(headerOf(props))})
	}
	return broken, errors.Join(result.Err(), session.Close(ctx))
}
