package handlers

import (
	"errors"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func getMetadataCollectionID(s *Server, c *call) (typesystem.Response, error) {
	if _, err := c.decodeBody(&typesystem.GetRequest{}); err != nil {
		return nil, err
	}
	id := s.repo.MetadataCollectionID()
	if id == "" {
		return nil, errors.New("read metadata collection id: repository returned an empty id")
	}
	return &typesystem.MetadataCollectionIdResponse{MetadataCollectionID: id}, nil
}

func getAllTypes(s *Server, c *call) (typesystem.Response, error) {
	if _, err := c.decodeBody(&typesystem.GetRequest{}); err != nil {
		return nil, err
	}
	types := s.repo.Types()
	return &typesystem.TypeDefGalleryResponse{
		TypeDefs:          nilIfEmpty(types.TypeDefs()),
		AttributeTypeDefs: nilIfEmpty(types.AttributeTypeDefs()),
	}, nil
}

// nameQuery is the query of findTypesByName.
type nameQuery struct {
	Name string `query:"name" validate:"required"`
}

func findTypesByName(s *Server, c *call) (typesystem.Response, error) {
	var q nameQuery
	if err := c.bindQuery(&q); err != nil {
		return nil, err
	}
	if _, err := c.decodeBody(&typesystem.GetRequest{}); err != nil {
		return nil, err
	}

	typeDefs, attributeTypeDefs, err := s.repo.Types().FindTypesByName(q.Name)
	if err != nil {
		return nil, err
	}
	return &typesystem.TypeDefGalleryResponse{
		TypeDefs:          nilIfEmpty(typeDefs),
		AttributeTypeDefs: nilIfEmpty(attributeTypeDefs),
	}, nil
}

func findTypeDefsByCategory(s *Server, c *call) (typesystem.Response, error) {
	var req typesystem.TypeDefCategoryRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	if req.Category == "" {
		return nil, missingField(c.op, req.Class(), "category")
	}
	found, err := s.repo.Types().TypeDefsByCategory(req.Category)
	if err != nil {
		return nil, err
	}
	return &typesystem.TypeDefListResponse{TypeDefs: nilIfEmpty(found)}, nil
}

func findAttributeTypeDefsByCategory(s *Server, c *call) (typesystem.Response, error) {
	var req typesystem.AttributeTypeDefCategoryRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	if req.Category == "" {
		return nil, missingField(c.op, req.Class(), "category")
	}
	found, err := s.repo.Types().AttributeTypeDefsByCategory(req.Category)
	if err != nil {
		return nil, err
	}
	return &typesystem.AttributeTypeDefListResponse{AttributeTypeDefs: nilIfEmpty(found)}, nil
}

func findTypeDefsByProperty(s *Server, c *call) (typesystem.Response, error) {
	names, err := readPropertyNames(c)
	if err != nil {
		return nil, err
	}
	found, err := s.repo.Types().TypeDefsByProperty(names)
	if err != nil {
		return nil, err
	}
	return &typesystem.TypeDefListResponse{TypeDefs: nilIfEmpty(found)}, nil
}

// externalIDQuery is the query of findTypesByExternalID. Each parameter is
// optional, and the registry rejects a query without any.
type externalIDQuery struct {
	Standard     string `query:"standard"`
	Organization string `query:"organization"`
	Identifier   string `query:"identifier"`
}

func findTypesByExternalID(s *Server, c *call) (typesystem.Response, error) {
	var q externalIDQuery
	if err := c.bindQuery(&q); err != nil {
		return nil, err
	}
	if _, err := c.decodeBody(&typesystem.GetRequest{}); err != nil {
		return nil, err
	}
	found, err := s.repo.Types().TypesByExternalID(q.Standard, q.Organization, q.Identifier)
	if err != nil {
		return nil, err
	}
	return &typesystem.TypeDefListResponse{TypeDefs: nilIfEmpty(found)}, nil
}

// searchQuery is the query of searchForTypeDefs.
type searchQuery struct {
	SearchCriteria string `query:"searchCriteria" validate:"required"`
}

func searchForTypeDefs(s *Server, c *call) (typesystem.Response, error) {
	var q searchQuery
	if err := c.bindQuery(&q); err != nil {
		return nil, err
	}
	if _, err := c.decodeBody(&typesystem.GetRequest{}); err != nil {
		return nil, err
	}
	found, err := s.repo.Types().SearchTypeDefs(q.SearchCriteria)
	if err != nil {
		return nil, err
	}
	return &typesystem.TypeDefListResponse{TypeDefs: nilIfEmpty(found)}, nil
}

func getTypeDefByGUID(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	typeDef, ok := s.repo.Types().TypeDefByGUID(guid)
	if !ok {
		return nil, typeDefNotKnown("guid", guid, s.cfg.ServerName)
	}
	return &typesystem.TypeDefResponse{TypeDef: typeDef}, nil
}

func getTypeDefByName(s *Server, c *call) (typesystem.Response, error) {
	name, err := readTypeName(c)
	if err != nil {
		return nil, err
	}
	typeDef, ok := s.repo.Types().TypeDefByName(name)
	if !ok {
		return nil, typeDefNotKnown("name", name, s.cfg.ServerName)
	}
	return &typesystem.TypeDefResponse{TypeDef: typeDef}, nil
}

func getAttributeTypeDefByGUID(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	attributeTypeDef, ok := s.repo.Types().AttributeTypeDefByGUID(guid)
	if !ok {
		return nil, attributeTypeDefNotKnown("guid", guid, s.cfg.ServerName)
	}
	return &typesystem.AttributeTypeDefResponse{AttributeTypeDef: attributeTypeDef}, nil
}

func getAttributeTypeDefByName(s *Server, c *call) (typesystem.Response, error) {
	name, err := readTypeName(c)
	if err != nil {
		return nil, err
	}
	attributeTypeDef, ok := s.repo.Types().AttributeTypeDefByName(name)
	if !ok {
		return nil, attributeTypeDefNotKnown("name", name, s.cfg.ServerName)
	}
	return &typesystem.AttributeTypeDefResponse{AttributeTypeDef: attributeTypeDef}, nil
}

func verifyTypeDef(s *Server, c *call) (typesystem.Response, error) {
	var req typesystem.TypeDefRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	if req.TypeDef == nil {
		return nil, missingField(c.op, req.Class(), "typeDef")
	}
	known, err := s.repo.Types().VerifyTypeDef(req.TypeDef)
	if err != nil {
		return nil, err
	}
	return &typesystem.BooleanResponse{Flag: known}, nil
}

func verifyAttributeTypeDef(s *Server, c *call) (typesystem.Response, error) {
	var req typesystem.AttributeTypeDefRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	if req.AttributeTypeDef == nil {
		return nil, missingField(c.op, req.Class(), "attributeTypeDef")
	}
	known, err := s.repo.Types().VerifyAttributeTypeDef(req.AttributeTypeDef)
	if err != nil {
		return nil, err
	}
	return &typesystem.BooleanResponse{Flag: known}, nil
}

// readTypeName reads the {name} path value and the optional GetRequest body.
func readTypeName(c *call) (string, error) {
	name, err := c.requiredParam("name")
	if err != nil {
		return "", err
	}
	if _, err := c.decodeBody(&typesystem.GetRequest{}); err != nil {
		return "", err
	}
	return name, nil
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}
