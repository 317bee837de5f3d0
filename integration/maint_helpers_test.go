//go:build integration

package integration

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// Attribute type GUIDs of Egeria's primitive types. Property values carry
// them in typeGUID.
const (
	stringTypeGUID  = "b34a64b9-554a-42b1-8f8a-7d5c2339f9c4"
	intTypeGUID     = "7fc49104-fd3a-46c8-b6bf-f16b6074cd35"
	longTypeGUID    = "33a91510-92ee-4825-9f49-facd7a6f9db6"
	floatTypeGUID   = "52aeb769-37b7-4b30-b949-ddc7dcebcfa2"
	doubleTypeGUID  = "e13572e8-25c3-4994-acb6-2ea66c95812e"
	booleanTypeGUID = "3863f010-611c-41fe-aaae-5d4d427f863b"
	dateTypeGUID    = "1bef35ca-d4f9-48db-87c2-afce4649362d"
)

// otherUserID is a second caller, for the header fields that record who
// changed an instance.
const otherUserID = "erinoverview"

// maintEnv is a repository under test with shortcuts for the maintenance
// calls. Its helpers fail the test they are bound to, so subtests use a
// copy from with.
type maintEnv struct {
	*env
	t         *testing.T
	localID   string
	localName string
	typeDefs  map[string]map[string]any
}

// newMaintEnv empties the database and opens a repository with the open
// metadata types loaded.
func newMaintEnv(t *testing.T) *maintEnv {
	e := newEnv(t)
	return &maintEnv{env: e, t: t, localID: e.store.MetadataCollectionID(),
		localName: e.store.MetadataCollectionName(), typeDefs: map[string]map[string]any{}}
}

// with returns a copy of m whose helpers report to t.
func (m *maintEnv) with(t *testing.T) *maintEnv {
	bound := *m.env
	bound.t = t
	copied := *m
	copied.env = &bound
	copied.t = t
	return &copied
}

// typeDef returns the TypeDef named name as the server serves it.
func (m *maintEnv) typeDef(name string) map[string]any {
	m.t.Helper()
	if typeDef, ok := m.typeDefs[name]; ok {
		return typeDef
	}
	response := m.post("/types/typedef/name/"+url.PathEscape(name), nil)
	typeDef := m.payload(response, "typeDef")
	m.typeDefs[name] = typeDef
	return typeDef
}

func (m *maintEnv) typeGUID(name string) string {
	return m.typeDef(name)["guid"].(string)
}

// instanceType returns the InstanceType of an instance of the named type,
// with the type's current version.
func (m *maintEnv) instanceType(name string) map[string]any {
	typeDef := m.typeDef(name)
	return map[string]any{"class": "InstanceType", "headerVersion": json.Number("1"), "typeDefCategory": typeDef["category"],
		"typeDefGUID": typeDef["guid"], "typeDefName": name, "typeDefVersion": typeDef["version"]}
}

// typeSummary returns the TypeDefSummary of the named type, as
// TypeDefChangeRequest carries it.
func (m *maintEnv) typeSummary(name string) map[string]any {
	typeDef := m.typeDef(name)
	return map[string]any{"headerVersion": 1, "guid": typeDef["guid"], "name": name, "status": typeDef["status"],
		"category": typeDef["category"], "version": typeDef["version"], "versionName": typeDef["versionName"]}
}

// typeIDs returns a TypeDefValidationForRequest naming the type typeName.
func (m *maintEnv) typeIDs(typeName string) map[string]any {
	return map[string]any{"class": "TypeDefValidationForRequest", "requestId": uuid.NewString(),
		"typeDefGUID": m.typeGUID(typeName), "typeDefName": typeName}
}

// instanceTypeName returns the type name in an instance's header.
func instanceTypeName(instance map[string]any) string {
	return instance["type"].(map[string]any)["typeDefName"].(string)
}

// typeIDsOf returns a TypeDefValidationForRequest naming the type of
// instance.
func (m *maintEnv) typeIDsOf(instance map[string]any) map[string]any {
	return m.typeIDs(instanceTypeName(instance))
}

// getRequest returns a GetRequest with a fresh requestId.
func getRequest() map[string]any {
	return map[string]any{"class": "GetRequest", "requestId": uuid.NewString()}
}

// propertiesRequest returns an InstancePropertiesRequest. Properties may
// be nil.
func propertiesRequest(properties any) map[string]any {
	body := map[string]any{"class": "InstancePropertiesRequest", "requestId": uuid.NewString()}
	if properties != nil {
		body["instanceProperties"] = properties
	}
	return body
}

// omrsPrimitive returns a PrimitivePropertyValue as Egeria writes it.
func omrsPrimitive(category, typeName, typeGUID string, value any) map[string]any {
	return map[string]any{"class": "PrimitivePropertyValue", "headerVersion": 1, "instancePropertyCategory": "PRIMITIVE",
		"typeGUID": typeGUID, "typeName": typeName, "primitiveDefCategory": category, "primitiveValue": value}
}

func omrsString(value string) map[string]any {
	return omrsPrimitive("OM_PRIMITIVE_TYPE_STRING", "string", stringTypeGUID, value)
}

func omrsInt(value int64) map[string]any {
	return omrsPrimitive("OM_PRIMITIVE_TYPE_INT", "int", intTypeGUID, value)
}

// omrsProperties returns an InstanceProperties object holding values.
func omrsProperties(values map[string]any) map[string]any {
	return map[string]any{"class": "InstanceProperties", "headerVersion": 1, "instanceProperties": values}
}

// omrsStrings returns InstanceProperties of string values given as
// name, value pairs.
func omrsStrings(pairs ...string) map[string]any {
	values := map[string]any{}
	for i := 0; i+1 < len(pairs); i += 2 {
		values[pairs[i]] = omrsString(pairs[i+1])
	}
	return omrsProperties(values)
}

// newClassification returns a Classification as a caller passes it in
// initialClassifications: the name and the properties, which may be nil.
func newClassification(name string, properties any) map[string]any {
	classification := map[string]any{"class": "Classification", "headerVersion": 1, "name": name}
	if properties != nil {
		classification["properties"] = properties
	}
	return classification
}

// createRequest returns an EntityCreateRequest for an entity of typeName.
// Properties may be nil.
func (m *maintEnv) createRequest(typeName string, properties any, classifications ...any) map[string]any {
	body := map[string]any{"class": "EntityCreateRequest", "requestId": uuid.NewString(), "entityTypeGUID": m.typeGUID(typeName)}
	if properties != nil {
		body["initialProperties"] = properties
	}
	if len(classifications) > 0 {
		body["initialClassifications"] = classifications
	}
	return body
}

// addEntity creates an entity and returns it.
func (m *maintEnv) addEntity(typeName string, properties any, classifications ...any) map[string]any {
	m.t.Helper()
	response := m.post("/instances/entity", m.createRequest(typeName, properties, classifications...))
	return m.payload(response, "entity")
}

// addTerm creates a GlossaryTerm with the given qualifiedName.
func (m *maintEnv) addTerm(qualifiedName string) map[string]any {
	m.t.Helper()
	return m.addEntity("GlossaryTerm", omrsStrings("qualifiedName", qualifiedName))
}

// payload requires a successful response and returns its object-valued
// payload field.
func (m *maintEnv) payload(response map[string]any, field string) map[string]any {
	m.t.Helper()
	requireSuccess(m.t, response)
	value, ok := response[field].(map[string]any)
	require.True(m.t, ok, "response has no %s: %v", field, response)
	return value
}

// requireSuccess checks that a response carries no exception.
func requireSuccess(t testing.TB, response map[string]any) {
	t.Helper()
	require.Nil(t, response["exceptionClassName"], "unexpected %v: %v", response["exceptionClassName"], response["exceptionErrorMessage"])
}

// entity returns getEntityDetail of guid.
func (m *maintEnv) entity(guid string) map[string]any {
	m.t.Helper()
	return m.payload(m.post("/instances/entity/"+guid, getRequest()), "entity")
}

// knownEntity returns what isEntityKnown returns for guid: the entity, or
// nil.
func (m *maintEnv) knownEntity(guid string) any {
	m.t.Helper()
	response := m.post("/instances/entity/"+guid+"/existence", getRequest())
	requireSuccess(m.t, response)
	return response["entity"]
}

func (m *maintEnv) relationship(guid string) map[string]any {
	m.t.Helper()
	return m.payload(m.post("/instances/relationship/"+guid, getRequest()), "relationship")
}

// knownRelationship returns what isRelationshipKnown returns for guid.
func (m *maintEnv) knownRelationship(guid string) any {
	m.t.Helper()
	response := m.post("/instances/relationship/"+guid+"/existence", getRequest())
	requireSuccess(m.t, response)
	return response["relationship"]
}

// updateProperties calls updateEntityProperties and returns the response.
func (m *maintEnv) updateProperties(guid string, properties any) map[string]any {
	m.t.Helper()
	return m.post("/instances/entity/"+guid+"/properties", propertiesRequest(properties))
}

// deleteEntity soft-deletes entity and returns the deleted entity.
func (m *maintEnv) deleteEntity(entity map[string]any) map[string]any {
	m.t.Helper()
	return m.payload(m.post("/instances/entity/"+guidOf(entity)+"/delete", m.typeIDsOf(entity)), "entity")
}

// postAs is post for another calling user.
func (m *maintEnv) postAs(user, path string, body any) map[string]any {
	m.t.Helper()
	target := fmt.Sprintf("%s/servers/%s/open-metadata/repository-services/users/%s%s", m.server.URL, serverName, user, path)
	return m.do(http.MethodPost, target, body)
}

func guidOf(instance map[string]any) string {
	return instance["guid"].(string)
}

// jsonInt64 returns a JSON number field as an int64.
func jsonInt64(t testing.TB, value any) int64 {
	t.Helper()
	n, ok := value.(json.Number)
	require.True(t, ok, "%v (%T) is not a JSON number", value, value)
	i, err := n.Int64()
	require.NoError(t, err)
	return i
}

// jsonInt returns the JSON number of an integer, as decoded responses hold
// it.
func jsonInt(value int64) json.Number {
	return json.Number(fmt.Sprint(value))
}

func nowMillis() int64 {
	return time.Now().UnixMilli()
}

// exceptionCodes are the relatedHTTPCode values reported with each OMRS
// exception class.
var exceptionCodes = map[string]int{
	"InvalidParameterException":       400,
	"EntityNotKnownException":         404,
	"RelationshipNotKnownException":   404,
	"EntityProxyOnlyException":        400,
	"EntityNotDeletedException":       400,
	"RelationshipNotDeletedException": 400,
	"TypeErrorException":              400,
	"PropertyErrorException":          400,
	"ClassificationErrorException":    400,
	"StatusNotSupportedException":     400,
	"HomeEntityException":             400,
	"HomeRelationshipException":       400,
	"EntityConflictException":         400,
	"RelationshipConflictException":   400,
	"InvalidEntityException":          400,
	"InvalidRelationshipException":    400,
	"FunctionNotSupportedException":   501,
	"RepositoryErrorException":        500,
}

// requireOMRSException checks that response carries the OMRS exception
// named by its simple class name, and that the message contains each of
// mentions, so the caller can see which value was wrong.
func requireOMRSException(t testing.TB, response map[string]any, class string, mentions ...string) {
	t.Helper()
	code, ok := exceptionCodes[class]
	require.True(t, ok, "no relatedHTTPCode known for %s", class)
	if class == "InvalidParameterException" {
		require.Equal(t, "org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException", response["exceptionClassName"],
			"response: %v", response)
		require.Equal(t, jsonInt(int64(code)), response["relatedHTTPCode"])
		require.NotEmpty(t, response["exceptionErrorMessage"])
	} else {
		requireException(t, response, class, code)
	}
	for _, text := range mentions {
		require.Contains(t, response["exceptionErrorMessage"], text, "the error message should name the invalid value")
	}
}

// rejection is a request that must fail with an OMRS exception and leave
// everything stored unchanged.
type rejection struct {
	name      string
	path      string
	body      any
	exception string   // simple class name of the expected exception
	mentions  []string // texts the error message must contain
}

// requireRejections runs each rejection as a subtest and compares the
// stored graph before and after it.
func (m *maintEnv) requireRejections(rejections []rejection) {
	m.t.Helper()
	for _, tc := range rejections {
		m.t.Run(tc.name, func(t *testing.T) {
			bound := m.with(t)
			before := bound.fingerprint()

			response := bound.post(tc.path, tc.body)

			requireOMRSException(t, response, tc.exception, tc.mentions...)
			require.Equal(t, before, bound.fingerprint(), "nothing stored changed")
		})
	}
}

// requireUnchangedAfter posts a request that must fail with exception and
// checks that nothing stored changed.
func (m *maintEnv) requireUnchangedAfter(path string, body any, exception string, mentions ...string) {
	m.t.Helper()
	before := m.fingerprint()
	response := m.post(path, body)
	requireOMRSException(m.t, response, exception, mentions...)
	require.Equal(m.t, before, m.fingerprint(), "nothing stored changed after %s", path)
}

// expectedEndProxy returns the end proxy a relationship should carry for
// a stored entity: its header and classifications, and its qualifiedName
// as the only unique property.
func expectedEndProxy(entity map[string]any) map[string]any {
	proxy := copyJSON(entity)
	proxy["class"] = "EntityProxy"
	delete(proxy, "properties")
	if properties, ok := entity["properties"].(map[string]any); ok {
		unique := copyJSON(properties)
		values := unique["instanceProperties"].(map[string]any)
		for name := range values {
			if name != "qualifiedName" {
				delete(values, name)
			}
		}
		if len(values) > 0 {
			proxy["uniqueProperties"] = unique
		}
	}
	return proxy
}

// uniqueName returns a qualifiedName that no other test uses.
func uniqueName(prefix string) string {
	return prefix + "::" + strings.ReplaceAll(uuid.NewString(), "-", "")[:12]
}

// relationshipRequest returns a RelationshipCreateRequest. Properties may
// be nil.
func (m *maintEnv) relationshipRequest(typeName, end1, end2 string, properties any) map[string]any {
	body := map[string]any{"class": "RelationshipCreateRequest", "requestId": uuid.NewString(),
		"relationshipTypeGUID": m.typeGUID(typeName), "entityOneGUID": end1, "entityTwoGUID": end2}
	if properties != nil {
		body["initialProperties"] = properties
	}
	return body
}

// addRelationship creates a relationship and returns it.
func (m *maintEnv) addRelationship(typeName, end1, end2 string, properties any) map[string]any {
	m.t.Helper()
	response := m.post("/instances/relationship", m.relationshipRequest(typeName, end1, end2, properties))
	return m.payload(response, "relationship")
}

// relationshipsOf returns the GUIDs getRelationshipsForEntity lists for
// guid with the given status filter (nil for the default).
func (m *maintEnv) relationshipsOf(guid string, statuses ...string) []string {
	m.t.Helper()
	body := map[string]any{"class": "TypeLimitedFindRequest", "requestId": uuid.NewString()}
	if len(statuses) > 0 {
		body["limitResultsByStatus"] = statuses
	}
	response := m.post("/instances/entity/"+guid+"/relationships", body)
	requireSuccess(m.t, response)
	return relationshipGUIDs(response)
}

// attributeTypeGUID returns the GUID of the named AttributeTypeDef, such
// as an enum or "array<string>".
func (m *maintEnv) attributeTypeGUID(name string) string {
	m.t.Helper()
	return m.attributeTypeDef(name)["guid"].(string)
}

func (m *maintEnv) attributeTypeDef(name string) map[string]any {
	m.t.Helper()
	response := m.post("/types/attribute-typedef/name/"+url.PathEscape(name), nil)
	return m.payload(response, "attributeTypeDef")
}
