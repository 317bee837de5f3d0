package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
)

// ensureSchema creates the constraints and indexes and reads which
// relationship types already have a guid constraint.
func (s *Store) ensureSchema(ctx context.Context) error {
	for _, statement := range cypher.SchemaStatements {
		if err := s.runSchema(ctx, statement); err != nil {
			return err
		}
	}
	result, err := neo4j.ExecuteQuery(ctx, s.driver, cypher.ListRelationshipGUIDConstraints, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.cfg.Database))
	if err != nil {
		return fmt.Errorf("list relationship constraints: %w", err)
	}
	s.relationshipTypesMu.Lock()
	defer s.relationshipTypesMu.Unlock()
	for _, record := range result.Records {
		name, _, err := neo4j.GetRecordValue[string](record, "type")
		if err != nil {
			return fmt.Errorf("list relationship constraints: %w", err)
		}
		s.relationshipTypes[name] = true
	}
	return nil
}

// runSchema runs one schema statement in its own auto-commit transaction, as
// Neo4j requires for schema changes, and waits for new indexes to come
// online.
func (s *Store) runSchema(ctx context.Context, statement string) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database})
	defer session.Close(ctx)
	result, err := session.Run(ctx, statement, nil)
	if err == nil {
		_, err = result.Consume(ctx)
	}
	if err == nil {
		var awaited neo4j.ResultWithContext
		awaited, err = session.Run(ctx, cypher.AwaitIndexes, map[string]any{"seconds": int64(300)})
		if err == nil {
			_, err = awaited.Consume(ctx)
		}
	}
	if err != nil {
		return fmt.Errorf("create schema (%s): %w", statement, err)
	}
	return nil
}

// ensureRelationshipTypes creates the guid uniqueness constraint of every
// listed relationship type that does not have one yet. It must run before a
// relationship of a new type is written, outside the write's transaction.
func (s *Store) ensureRelationshipTypes(ctx context.Context, types []string) error {
	for _, relationshipType := range types {
		s.relationshipTypesMu.RLock()
		known := s.relationshipTypes[relationshipType]
		s.relationshipTypesMu.RUnlock()
		if known {
			continue
		}
		statement, err := cypher.RelationshipGUIDConstraint(relationshipType)
		if err != nil {
			return err
		}
		if err := s.runSchema(ctx, statement); err != nil {
			return err
		}
		s.relationshipTypesMu.Lock()
		s.relationshipTypes[relationshipType] = true
		s.relationshipTypesMu.Unlock()
	}
	return nil
}

// storedRelationshipTypes returns the relationship types that may have
// stored relationships, sorted so the statements built from them are stable
// and Neo4j can reuse their plans.
func (s *Store) storedRelationshipTypes() []string {
	s.relationshipTypesMu.RLock()
	defer s.relationshipTypesMu.RUnlock()
	types := make([]string, 0, len(s.relationshipTypes))
	for name := range s.relationshipTypes {
		types = append(types, name)
	}
	sort.Strings(types)
	return types
}
