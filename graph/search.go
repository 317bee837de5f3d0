package graph

import (
	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/queries"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// checkPaging validates offset and page size and returns the result limit
// to use: the page size, capped at the configured maximum (also when the
// caller asked for no limit with 0).
func (s *Store) checkPaging(op string, offset, pageSize int) (int, error) {
	if pageSize < 0 {
		return 0, typesystem.NewError(typesystem.KindPagingError, "pageSize",
			"%s was given page size %d; pass 0 for all results or a positive number", op, pageSize)
	}
	if offset < 0 {
		return 0, typesystem.NewError(typesystem.KindPagingError, "offset",
			"%s was given offset %d; pass 0 for the first result or a positive number", op, offset)
	}
	if pageSize == 0 || pageSize > s.cfg.MaxPageSize {
		return s.cfg.MaxPageSize, nil
	}
	return pageSize, nil
}

// typeWithSubtypes resolves a type GUID to the type's name and the names of
// all its subtypes. An empty GUID means every type (nil). The type must be
// of the category the operation searches.
func (s *Store) typeWithSubtypes(op, typeGUID string, category typesystem.TypeDefCategory) ([]string, error) {
	if typeGUID == "" {
		return nil, nil
	}
	typeDef, ok := s.registry.TypeDefByGUID(typeGUID)
	if !ok {
		return nil, typesystem.NewError(typesystem.KindTypeError, "typeGUID",
			"%s was given type GUID %s, which is not a known type; use a GUID from getAllTypes", op, typeGUID)
	}
	if typeDef.Category != category {
		return nil, typesystem.NewError(typesystem.KindTypeError, "typeGUID",
			"%s was given type %s (%s), which is a %s; it needs a type of category %s", op, typeDef.Name, typeGUID, typeDef.Category, category)
	}
	return append([]string{typeDef.Name}, s.registry.SubTypeNames(typeDef.Name)...), nil
}

// sequencingKey returns the native property key to order by for the
// PROPERTY orders, after checking that some searched type has the property.
// types nil means every type of category.
func (s *Store) sequencingKey(op string, order queries.SequencingOrder, property string, types []string,
	category typesystem.TypeDefCategory) (string, error) {
	if !order.NeedsProperty() {
		return "", nil
	}
	if property == "" {
		return "", typesystem.NewError(typesystem.KindPagingError, "sequencingProperty",
			"%s was asked for order %s without a sequencingProperty; name the property to order by", op, order)
	}
	if !cypher.IsPlainName(property) || !s.anyTypeHasAttribute(types, category, property) {
		return "", typesystem.NewError(typesystem.KindPropertyError, "sequencingProperty",
			"%s cannot order by %q: no type searched has an attribute of that name", op, property)
	}
	return nativeKey(property), nil
}

// anyTypeHasAttribute reports whether any of types (nil: every type of
// category) has an attribute named name, own or inherited.
func (s *Store) anyTypeHasAttribute(types []string, category typesystem.TypeDefCategory, name string) bool {
	if types == nil {
		for _, typeDef := range s.registry.TypeDefs() {
			if typeDef.Category == category {
				types = append(types, typeDef.Name)
			}
		}
	}
	for _, typeName := range types {
		for _, attribute := range s.registry.Attributes(typeName) {
			if attribute.AttributeName == name {
				return true
			}
		}
	}
	return false
}

// relationshipsQuery validates a getRelationshipsForEntity request and
// turns it into a query.
func (s *Store) relationshipsQuery(op, entityGUID string, request *typesystem.TypeLimitedHistoricalFindRequest) (queries.RelationshipsForEntity, error) {
	limit, err := s.checkPaging(op, request.Offset, request.PageSize)
	if err != nil {
		return queries.RelationshipsForEntity{}, err
	}
	types, err := s.typeWithSubtypes(op, request.TypeGUID, typesystem.CategoryRelationshipDef)
	if err != nil {
		return queries.RelationshipsForEntity{}, err
	}
	order := queries.SequencingOrder(request.SequencingOrder)
	key, err := s.sequencingKey(op, order, request.SequencingProperty, types, typesystem.CategoryRelationshipDef)
	if err != nil {
		return queries.RelationshipsForEntity{}, err
	}
	var statuses []string
	for _, status := range request.LimitResultsByStatus {
		statuses = append(statuses, string(status))
	}
	return queries.RelationshipsForEntity{
		EntityGUID:         entityGUID,
		RelationshipTypes:  types,
		Statuses:           statuses,
		Order:              order,
		SequencingProperty: key,
		Offset:             request.Offset,
		Limit:              limit,
	}, nil
}
