package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// TypeLoadStats reports what LoadTypes did.
type TypeLoadStats struct {
	// TypeDefs and AttributeTypeDefs count the types known afterwards.
	TypeDefs          int
	AttributeTypeDefs int
	// RelabelledTypes counts the types whose supertypes changed, so that
	// their stored instances got new labels.
	RelabelledTypes int
}

// LoadTypes adds an archive's type store to the registry (attribute types,
// new types, then patches in order), stores every type in Neo4j and relabels
// stored instances of types whose supertypes changed. Loading a store whose
// types are already known changes nothing.
func (s *Store) LoadTypes(ctx context.Context, typeStore *typesystem.ArchiveTypeStore) (*TypeLoadStats, error) {
	const op = "loadTypes"
	if typeStore == nil {
		return nil, typesystem.NewError(typesystem.KindInvalidParameter, "typeStore", "%s was given no type store", op)
	}
	for _, typeDef := range typeStore.NewTypeDefs {
		if typeDef != nil && slices.Contains(cypher.ReservedLabels, typeDef.Name) {
			return nil, typesystem.NewError(typesystem.KindTypeDefNotSupported, "typeDef",
				"type name %s is reserved by this repository's graph model (reserved: %v); rename the type", typeDef.Name, cypher.ReservedLabels)
		}
	}
	if err := s.registry.LoadTypeStore(typeStore); err != nil {
		return nil, err
	}
	return s.saveTypes(ctx)
}

// saveTypes stores every registry type and relabels the instances of types
// whose supertype list differs from the stored one, in one transaction.
func (s *Store) saveTypes(ctx context.Context) (*TypeLoadStats, error) {
	const op = "saveTypes"
	typeRows, attributeRows, err := s.typeRows()
	if err != nil {
		return nil, err
	}
	result, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		previous, err := storedSuperTypes(ctx, tx)
		if err != nil {
			return nil, err
		}
		if err := run(ctx, tx, cypher.SaveAttributeTypeDefs, map[string]any{"rows": attributeRows}); err != nil {
			return nil, err
		}
		if err := run(ctx, tx, cypher.SaveTypeDefs, map[string]any{"rows": typeRows}); err != nil {
			return nil, err
		}
		return s.relabel(ctx, tx, previous)
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	return &TypeLoadStats{
		TypeDefs:          len(typeRows),
		AttributeTypeDefs: len(attributeRows),
		RelabelledTypes:   result.(int),
	}, nil
}

// typeRows returns the SaveTypeDefs and SaveAttributeTypeDefs rows for
// every type in the registry.
func (s *Store) typeRows() ([]map[string]any, []map[string]any, error) {
	var typeRows, attributeRows []map[string]any
	for _, typeDef := range s.registry.TypeDefs() {
		definition, err := json.Marshal(typeDef)
		if err != nil {
			return nil, nil, fmt.Errorf("encode type %s: %w", typeDef.Name, err)
		}
		superTypes := s.registry.SuperTypeNames(typeDef.Name)
		if superTypes == nil {
			superTypes = []string{}
		}
		typeRows = append(typeRows, map[string]any{
			"guid": typeDef.GUID, "name": typeDef.Name, "category": string(typeDef.Category),
			"version": typeDef.Version, "superTypeNames": superTypes, "definition": string(definition),
		})
	}
	for _, attributeType := range s.registry.AttributeTypeDefs() {
		definition, err := json.Marshal(attributeType)
		if err != nil {
			return nil, nil, fmt.Errorf("encode attribute type %s: %w", attributeType.Name, err)
		}
		attributeRows = append(attributeRows, map[string]any{
			"guid": attributeType.GUID, "name": attributeType.Name, "category": string(attributeType.Category),
			"version": attributeType.Version, "definition": string(definition),
		})
	}
	return typeRows, attributeRows, nil
}

// storedSuperTypes returns the supertype list stored for each type name.
func storedSuperTypes(ctx context.Context, tx neo4j.ManagedTransaction) (map[string][]string, error) {
	records, err := tx.Run(ctx, cypher.ListTypeDefs, nil)
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil {
		return nil, err
	}
	superTypes := make(map[string][]string, len(all))
	for _, record := range all {
		name, _, err := neo4j.GetRecordValue[string](record, "name")
		if err != nil {
			return nil, err
		}
		list, _, err := neo4j.GetRecordValue[[]any](record, "superTypeNames")
		if err != nil {
			return nil, err
		}
		names := make([]string, 0, len(list))
		for _, item := range list {
			if text, ok := item.(string); ok {
				names = append(names, text)
			}
		}
		superTypes[name] = names
	}
	return superTypes, nil
}

// relabel moves the instances of every type whose supertypes differ from
// previous to labels for the new supertypes, and returns how many types
// changed. Types not stored before have no instances yet.
func (s *Store) relabel(ctx context.Context, tx neo4j.ManagedTransaction, previous map[string][]string) (int, error) {
	changed := 0
	for _, typeDef := range s.registry.TypeDefs() {
		old, stored := previous[typeDef.Name]
		current := s.registry.SuperTypeNames(typeDef.Name)
		if !stored || slices.Equal(old, current) {
			continue
		}
		var statement string
		switch typeDef.Category {
		case typesystem.CategoryEntityDef:
			statement = cypher.RelabelEntities
		case typesystem.CategoryClassificationDef:
			statement = cypher.RelabelClassifications
		default:
			// A relationship is an edge with exactly one type, its own, so
			// supertype changes need no relabelling.
			continue
		}
		params := map[string]any{
			"typeName": typeDef.Name,
			"remove":   difference(old, current),
			"add":      append([]string{typeDef.Name}, current...),
		}
		if err := run(ctx, tx, statement, params); err != nil {
			return 0, fmt.Errorf("relabel instances of %s: %w", typeDef.Name, err)
		}
		s.log.WithFields(logrus.Fields{"typeName": typeDef.Name, "oldSuperTypes": old, "newSuperTypes": current}).
			Info("relabelled instances after a supertype change")
		changed++
	}
	return changed, nil
}

// difference returns the names in a that are not in b.
func difference(a, b []string) []string {
	out := []string{}
	for _, name := range a {
		if !slices.Contains(b, name) {
			out = append(out, name)
		}
	}
	return out
}

// run runs one statement in tx and discards its result.
func run(ctx context.Context, tx neo4j.ManagedTransaction, statement string, params map[string]any) error {
	result, err := tx.Run(ctx, statement, params)
	if err != nil {
		return err
	}
	_, err = result.Consume(ctx)
	return err
}

// loadStoredTypes fills the registry from the stored type definitions:
// attribute types first, then entity, classification and relationship types,
// each supertype before its subtypes.
func (s *Store) loadStoredTypes(ctx context.Context) error {
	result, err := s.readTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		attributes, err := collectDefinitions(ctx, tx, cypher.ListAttributeTypeDefs)
		if err != nil {
			return nil, err
		}
		types, err := collectDefinitions(ctx, tx, cypher.ListTypeDefs)
		if err != nil {
			return nil, err
		}
		return [2][]string{attributes, types}, nil
	})
	if err != nil {
		return fmt.Errorf("read stored types: %w", err)
	}
	definitions := result.([2][]string)
	for _, text := range definitions[0] {
		attributeType := &typesystem.AttributeTypeDef{}
		if err := json.Unmarshal([]byte(text), attributeType); err != nil {
			return fmt.Errorf("decode stored attribute type: %w", err)
		}
		if err := s.registry.AddAttributeTypeDef(attributeType); err != nil {
			return fmt.Errorf("restore stored attribute type %s: %w", attributeType.Name, err)
		}
	}
	typeDefs := make([]*typesystem.TypeDef, 0, len(definitions[1]))
	for _, text := range definitions[1] {
		typeDef := &typesystem.TypeDef{}
		if err := json.Unmarshal([]byte(text), typeDef); err != nil {
			return fmt.Errorf("decode stored type: %w", err)
		}
		typeDefs = append(typeDefs, typeDef)
	}
	for _, typeDef := range orderForRestore(typeDefs) {
		if err := s.registry.AddTypeDef(typeDef); err != nil {
			return fmt.Errorf("restore stored type %s: %w", typeDef.Name, err)
		}
	}
	return nil
}

func collectDefinitions(ctx context.Context, tx neo4j.ManagedTransaction, statement string) ([]string, error) {
	records, err := tx.Run(ctx, statement, nil)
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil {
		return nil, err
	}
	texts := make([]string, 0, len(all))
	for _, record := range all {
		text, _, err := neo4j.GetRecordValue[string](record, "definition")
		if err != nil {
			return nil, err
		}
		texts = append(texts, text)
	}
	return texts, nil
}

// orderForRestore sorts types so that every type comes after the types it
// refers to: entity types before classification and relationship types
// (which name entity types), and each supertype before its subtypes.
func orderForRestore(typeDefs []*typesystem.TypeDef) []*typesystem.TypeDef {
	byName := make(map[string]*typesystem.TypeDef, len(typeDefs))
	for _, typeDef := range typeDefs {
		byName[typeDef.Name] = typeDef
	}
	depth := func(typeDef *typesystem.TypeDef) int {
		d := 0
		for current := typeDef; current.SuperType != nil && d <= len(typeDefs); d++ {
			next, ok := byName[current.SuperType.Name]
			if !ok {
				break
			}
			current = next
		}
		return d
	}
	rank := map[typesystem.TypeDefCategory]int{
		typesystem.CategoryEntityDef: 0, typesystem.CategoryClassificationDef: 1, typesystem.CategoryRelationshipDef: 2,
	}
	sorted := slices.Clone(typeDefs)
	sort.SliceStable(sorted, func(i, j int) bool {
		if rank[sorted[i].Category] != rank[sorted[j].Category] {
			return rank[sorted[i].Category] < rank[sorted[j].Category]
		}
		return depth(sorted[i]) < depth(sorted[j])
	})
	return sorted
}
