package handlers

import (
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// The classification operations come in two forms. The entity form names
// the entity by the {guid} path value and returns the whole entity in an
// EntityDetailResponse. The proxy form carries an entity proxy in the body,
// so that a repository can classify an entity it stores only as a proxy,
// and returns the classification in a ClassificationResponse.

// readClassifiedEntity reads the {guid} and {classificationName} path
// values of the entity form.
func readClassifiedEntity(c *call) (guid, classificationName string, err error) {
	guid, err = c.requiredParam("guid")
	if err != nil {
		return "", "", err
	}
	classificationName, err = c.requiredParam("classificationName")
	if err != nil {
		return "", "", err
	}
	return guid, classificationName, nil
}

// readProxyClassification reads the {classificationName} path value and the
// required ProxyClassificationRequest body with its required entityProxy.
func readProxyClassification(c *call) (string, *typesystem.ProxyClassificationRequest, error) {
	classificationName, err := c.requiredParam("classificationName")
	if err != nil {
		return "", nil, err
	}
	var req typesystem.ProxyClassificationRequest
	if err := c.requireBody(&req); err != nil {
		return "", nil, err
	}
	if req.EntityProxy == nil {
		return "", nil, missingField(c.op, req.Class(), "entityProxy")
	}
	logInstance(c, req.EntityProxy.GUID)
	return classificationName, &req, nil
}

// classifyEntity serves the plain entity form, whose body carries only the
// classification properties.
func classifyEntity(s *Server, c *call) (typesystem.Response, error) {
	guid, classificationName, err := readClassifiedEntity(c)
	if err != nil {
		return nil, err
	}
	var body typesystem.InstancePropertiesRequest
	if err := c.requireBody(&body); err != nil {
		return nil, err
	}

	req := &typesystem.ClassificationRequest{ClassificationProperties: body.InstanceProperties}
	entity, err := s.repo.ClassifyEntity(c.ctx(), c.userID, guid, classificationName, req)
	return entityResult(c, guid, entity, err)
}

// classifyEntityDetailed serves the /detailed entity form, which also sets
// the classification's origin and, for external sources, its home.
func classifyEntityDetailed(s *Server, c *call) (typesystem.Response, error) {
	guid, classificationName, err := readClassifiedEntity(c)
	if err != nil {
		return nil, err
	}
	var req typesystem.ClassificationRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}

	entity, err := s.repo.ClassifyEntity(c.ctx(), c.userID, guid, classificationName, &req)
	return entityResult(c, guid, entity, err)
}

func classifyEntityProxy(s *Server, c *call) (typesystem.Response, error) {
	classificationName, body, err := readProxyClassification(c)
	if err != nil {
		return nil, err
	}

	req := &typesystem.ClassificationRequest{ClassificationProperties: body.InstanceProperties}
	classification, err := s.repo.ClassifyEntityProxy(c.ctx(), c.userID, body.EntityProxy, classificationName, req)
	return classificationResult(c, body.EntityProxy.GUID, classification, err)
}

func classifyEntityProxyDetailed(s *Server, c *call) (typesystem.Response, error) {
	classificationName, err := c.requiredParam("classificationName")
	if err != nil {
		return nil, err
	}
	var body typesystem.ClassificationProxyRequest
	if err := c.requireBody(&body); err != nil {
		return nil, err
	}
	if body.EntityProxy == nil {
		return nil, missingField(c.op, body.Class(), "entityProxy")
	}
	logInstance(c, body.EntityProxy.GUID)

	req := &typesystem.ClassificationRequest{
		RequestID:                body.RequestID,
		ClassificationOrigin:     body.ClassificationOrigin,
		ClassificationOriginGUID: body.ClassificationOriginGUID,
		ClassificationProperties: body.ClassificationProperties,
		MetadataCollectionID:     body.MetadataCollectionID,
		MetadataCollectionName:   body.MetadataCollectionName,
	}
	classification, err := s.repo.ClassifyEntityProxy(c.ctx(), c.userID, body.EntityProxy, classificationName, req)
	return classificationResult(c, body.EntityProxy.GUID, classification, err)
}

// declassifyEntity serves the entity form, whose GetRequest body is
// optional.
func declassifyEntity(s *Server, c *call) (typesystem.Response, error) {
	guid, classificationName, err := readClassifiedEntity(c)
	if err != nil {
		return nil, err
	}
	if _, err := c.decodeBody(&typesystem.GetRequest{}); err != nil {
		return nil, err
	}

	entity, err := s.repo.DeclassifyEntity(c.ctx(), c.userID, guid, classificationName)
	return entityResult(c, guid, entity, err)
}

// declassifyEntityProxy serves the proxy form, whose EntityProxyRequest
// body carries the proxy in its entity member.
func declassifyEntityProxy(s *Server, c *call) (typesystem.Response, error) {
	classificationName, err := c.requiredParam("classificationName")
	if err != nil {
		return nil, err
	}
	proxy, err := readEntityProxy(c)
	if err != nil {
		return nil, err
	}

	classification, err := s.repo.DeclassifyEntityProxy(c.ctx(), c.userID, proxy, classificationName)
	return classificationResult(c, proxy.GUID, classification, err)
}

func updateEntityClassification(s *Server, c *call) (typesystem.Response, error) {
	guid, classificationName, err := readClassifiedEntity(c)
	if err != nil {
		return nil, err
	}
	var body typesystem.InstancePropertiesRequest
	if err := c.requireBody(&body); err != nil {
		return nil, err
	}

	entity, err := s.repo.UpdateEntityClassification(c.ctx(), c.userID, guid, classificationName, body.InstanceProperties)
	return entityResult(c, guid, entity, err)
}

func updateEntityClassificationProxy(s *Server, c *call) (typesystem.Response, error) {
	classificationName, body, err := readProxyClassification(c)
	if err != nil {
		return nil, err
	}

	classification, err := s.repo.UpdateEntityClassificationProxy(c.ctx(), c.userID, body.EntityProxy,
		classificationName, body.InstanceProperties)
	return classificationResult(c, body.EntityProxy.GUID, classification, err)
}

// getHomeClassifications serves POST with an optional GetRequest body and
// the GET that Egeria clients sent before February 2026.
func getHomeClassifications(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	return homeClassifications(s, c, guid, nil)
}

func getHomeClassificationsAsOf(s *Server, c *call) (typesystem.Response, error) {
	guid, asOfTime, err := readGUIDAsOf(c)
	if err != nil {
		return nil, err
	}
	return homeClassifications(s, c, guid, asOfTime)
}

// homeClassifications leaves offset and pageSize at 0, because
// getHomeClassifications takes no paging parameters.
func homeClassifications(s *Server, c *call, guid string, asOfTime *typesystem.Millis) (typesystem.Response, error) {
	classifications, err := s.repo.GetHomeClassifications(c.ctx(), c.userID, guid, asOfTime)
	if err != nil {
		return nil, err
	}
	return &typesystem.ClassificationListResponse{Classifications: nilIfEmpty(classifications)}, nil
}
