package handlers

import (
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// entityResult builds the EntityDetailResponse of an operation that returns
// the entity it changed. subject identifies the request in the error of a
// repository that returned neither an entity nor an error.
func entityResult(c *call, subject string, entity *typesystem.EntityDetail, err error) (typesystem.Response, error) {
	if err != nil {
		return nil, err
	}
	if entity == nil {
		return nil, missingResult(c.op, subject)
	}
	return &typesystem.EntityDetailResponse{Entity: entity}, nil
}

// relationshipResult is entityResult for operations that return a
// relationship.
func relationshipResult(c *call, subject string, rel *typesystem.Relationship, err error) (typesystem.Response, error) {
	if err != nil {
		return nil, err
	}
	if rel == nil {
		return nil, missingResult(c.op, subject)
	}
	return &typesystem.RelationshipResponse{Relationship: rel}, nil
}

// classificationResult is entityResult for operations that return a
// classification.
func classificationResult(c *call, subject string, classification *typesystem.Classification, err error) (typesystem.Response, error) {
	if err != nil {
		return nil, err
	}
	if classification == nil {
		return nil, missingResult(c.op, subject)
	}
	return &typesystem.ClassificationResponse{Classification: classification}, nil
}

// voidResult builds the VoidResponse of an operation that returns only an
// error.
func voidResult(err error) (typesystem.Response, error) {
	if err != nil {
		return nil, err
	}
	return &typesystem.VoidResponse{}, nil
}

// readTypeDefValidation reads the {guid} path value, binds the URL query
// into query unless query is nil, and reads the required
// TypeDefValidationForRequest body. The body names the type the caller
// believes the instance has. Empty type names are left to the repository,
// which reports them with the rest of its argument checks.
func readTypeDefValidation(c *call, query any) (string, *typesystem.TypeDefValidationForRequest, error) {
	guid, err := c.requiredParam("guid")
	if err != nil {
		return "", nil, err
	}
	if query != nil {
		if err := c.bindQuery(query); err != nil {
			return "", nil, err
		}
	}
	var req typesystem.TypeDefValidationForRequest
	if err := c.requireBody(&req); err != nil {
		return "", nil, err
	}
	logType(c, req.TypeDefGUID, req.TypeDefName)
	return guid, &req, nil
}

// readGUIDProperties reads the {guid} path value and the required
// InstancePropertiesRequest body. The properties may be nil, and the
// repository decides what that means for the operation.
func readGUIDProperties(c *call) (string, *typesystem.InstanceProperties, error) {
	guid, err := c.requiredParam("guid")
	if err != nil {
		return "", nil, err
	}
	var req typesystem.InstancePropertiesRequest
	if err := c.requireBody(&req); err != nil {
		return "", nil, err
	}
	return guid, req.InstanceProperties, nil
}

// logType adds the type a request names to the log line.
func logType(c *call, typeDefGUID, typeDefName string) {
	if typeDefGUID != "" {
		c.logFields["typeDefGUID"] = typeDefGUID
	}
	if typeDefName != "" {
		c.logFields["typeDefName"] = typeDefName
	}
}

// logInstance adds the GUID of an instance taken from the body to the log
// line. Path values are logged when they are read.
func logInstance(c *call, guid string) {
	if guid != "" {
		c.logFields["instanceGUID"] = guid
	}
}
