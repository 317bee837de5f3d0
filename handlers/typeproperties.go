package handlers

import (
	"encoding/json"
	"sort"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// readPropertyNames reads the attribute names of a findTypeDefsByProperty
// body: the keys of its TypeDefProperties map, sorted. Current clients send a
// TypeDefPropertiesRequest. Servers before Egeria moved reads to POST in
// February 2026 took a bare TypeDefProperties object with GET, so that form
// is accepted too.
func readPropertyNames(c *call) ([]string, error) {
	var req typesystem.TypeDefPropertiesRequest
	if isBareTypeDefProperties(c.body) {
		req.TypeDefProperties = &typesystem.TypeDefProperties{}
		if err := decodeJSON(c.body, req.TypeDefProperties); err != nil {
			return nil, malformedBody(c.op, "TypeDefProperties", err)
		}
	} else if err := c.requireBody(&req); err != nil {
		return nil, err
	}

	if req.TypeDefProperties == nil || len(req.TypeDefProperties.TypeDefProperties) == 0 {
		return nil, missingField(c.op, req.Class(), "typeDefProperties")
	}
	names := make([]string, 0, len(req.TypeDefProperties.TypeDefProperties))
	for name := range req.TypeDefProperties.TypeDefProperties {
		names = append(names, name)
	}
	sort.Strings(names)
	return names, nil
}

// isBareTypeDefProperties reports whether body is a TypeDefProperties object
// rather than a TypeDefPropertiesRequest. In the request, typeDefProperties
// holds a TypeDefProperties bean with its own headerVersion or
// typeDefProperties member. In the bare form it is the map from attribute
// name to value.
func isBareTypeDefProperties(body []byte) bool {
	if len(body) == 0 || body[0] != '{' {
		return false
	}
	var probe struct {
		Class             string                     `json:"class"`
		TypeDefProperties map[string]json.RawMessage `json:"typeDefProperties"`
	}
	if err := json.Unmarshal(body, &probe); err != nil {
		return false
	}
	if probe.Class != "" || probe.TypeDefProperties == nil {
		return false
	}
	_, nestedMap := probe.TypeDefProperties["typeDefProperties"]
	_, nestedVersion := probe.TypeDefProperties["headerVersion"]
	return !nestedMap && !nestedVersion
}
