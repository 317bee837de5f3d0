//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

func TestMaintAddEntityStampsHeader(t *testing.T) {
	m := newMaintEnv(t)
	properties := omrsStrings("qualifiedName", uniqueName("term"), "displayName", "Header term")
	confidentiality := omrsProperties(map[string]any{"confidentialityLevel": omrsInt(3)})
	request := m.createRequest("GlossaryTerm", properties, newClassification("Confidentiality", confidentiality))
	requestID := request["requestId"].(string)

	before := nowMillis()
	response := m.post("/instances/entity", request)
	after := nowMillis()

	require.Equal(t, "EntityDetailResponse", response["class"])
	entity := m.payload(response, "entity")
	created := jsonInt64(t, entity["createTime"])
	require.GreaterOrEqual(t, created, before)
	require.LessOrEqual(t, created, after)
	require.Equal(t, entity["createTime"], entity["updateTime"])
	require.NotEmpty(t, entity["guid"])

	classifications := asList(entity["classifications"])
	require.Len(t, classifications, 1)
	classification := classifications[0].(map[string]any)
	classified := jsonInt64(t, classification["createTime"])
	require.GreaterOrEqual(t, classified, before)
	require.LessOrEqual(t, classified, after)
	require.Equal(t, classification["createTime"], classification["updateTime"])

	expectedClassification := map[string]any{
		"class": "Classification", "headerVersion": 1, "type": m.instanceType("Confidentiality"),
		"instanceProvenanceType": "LOCAL_COHORT", "metadataCollectionId": m.localID, "metadataCollectionName": m.localName,
		"createdBy": userID, "updatedBy": userID, "maintainedBy": []string{userID},
		"createTime": classification["createTime"], "updateTime": classification["createTime"],
		"version": 1, "status": "ACTIVE", "lastRequestId": requestID,
		"name": "Confidentiality", "classificationOrigin": "ASSIGNED", "properties": confidentiality,
	}
	expected := map[string]any{
		"class": "EntityDetail", "headerVersion": 1, "type": m.instanceType("GlossaryTerm"),
		"instanceProvenanceType": "LOCAL_COHORT", "metadataCollectionId": m.localID, "metadataCollectionName": m.localName,
		"createdBy": userID, "updatedBy": userID, "maintainedBy": []string{userID},
		"createTime": entity["createTime"], "updateTime": entity["createTime"],
		"version": 1, "status": "ACTIVE", "lastRequestId": requestID, "guid": entity["guid"],
		"properties": properties, "classifications": []any{expectedClassification},
	}
	require.Equal(t, copyJSON(expectedClassification), classification)
	require.Equal(t, copyJSON(expected), entity)

	require.Equal(t, entity, m.entity(guidOf(entity)), "getEntityDetail returns the created entity")
	require.Equal(t, entity, m.knownEntity(guidOf(entity)), "isEntityKnown returns the created entity")
}

func TestMaintAddEntityInitialStatus(t *testing.T) {
	m := newMaintEnv(t)
	typeStatus := m.typeDef("GlossaryTerm")["initialStatus"]
	require.Equal(t, "ACTIVE", typeStatus)

	tests := []struct {
		name      string
		requested any
		want      any
	}{
		{name: "type's initial status when none is given", requested: nil, want: typeStatus},
		{name: "requested status", requested: "ACTIVE", want: "ACTIVE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bound := m.with(t)
			request := bound.createRequest("GlossaryTerm", omrsStrings("qualifiedName", uniqueName("status")))
			if tt.requested != nil {
				request["initialStatus"] = tt.requested
			}

			entity := bound.payload(bound.post("/instances/entity", request), "entity")

			require.Equal(t, tt.want, entity["status"])
			require.Nil(t, entity["statusOnDelete"])
		})
	}
}

// An entity needs some properties, but qualifiedName is only an
// identifying attribute: the repository does not require it.
func TestMaintAddEntityWithoutQualifiedName(t *testing.T) {
	m := newMaintEnv(t)

	entity := m.addEntity("GlossaryTerm", omrsStrings("displayName", "No qualified name"))

	require.Nil(t, propertyValue(entity["properties"], "qualifiedName"))
	require.Equal(t, entity, m.entity(guidOf(entity)))
}

func TestMaintAddExternalEntity(t *testing.T) {
	m := newMaintEnv(t)
	source := "external-" + uuid.NewString()
	request := m.createRequest("GlossaryTerm", omrsStrings("qualifiedName", uniqueName("external")))
	request["metadataCollectionId"] = source
	request["metadataCollectionName"] = "Test catalogue"

	entity := m.payload(m.post("/instances/entity/external", request), "entity")

	require.Equal(t, "EXTERNAL_SOURCE", entity["instanceProvenanceType"])
	require.Equal(t, source, entity["metadataCollectionId"])
	require.Equal(t, "Test catalogue", entity["metadataCollectionName"])
	require.Equal(t, m.localID, entity["replicatedBy"])
	require.Equal(t, json.Number("1"), entity["version"])
	require.Equal(t, userID, entity["createdBy"])
	require.Equal(t, entity, m.entity(guidOf(entity)))

	// This repository maintains external entities it replicates.
	updated := m.payload(m.updateProperties(guidOf(entity), omrsStrings("qualifiedName", "external updated")), "entity")
	require.Equal(t, json.Number("2"), updated["version"])
	require.Equal(t, source, updated["metadataCollectionId"])
	require.Equal(t, "EXTERNAL_SOURCE", updated["instanceProvenanceType"])
}

func TestMaintAddExternalEntityNeedsSource(t *testing.T) {
	m := newMaintEnv(t)
	request := m.createRequest("GlossaryTerm", omrsStrings("qualifiedName", uniqueName("external")))
	request["metadataCollectionName"] = "Test catalogue"

	m.requireUnchangedAfter("/instances/entity/external", request, "InvalidParameterException")
}

func TestMaintAddEntityRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	m.addTerm(uniqueName("existing"))
	valid := func() map[string]any { return omrsStrings("qualifiedName", uniqueName("bad")) }
	withValue := func(name string, value any) map[string]any {
		properties := valid()
		properties["instanceProperties"].(map[string]any)[name] = value
		return properties
	}
	term := func(properties any, classifications ...any) map[string]any {
		return m.createRequest("GlossaryTerm", properties, classifications...)
	}
	withStatus := func(status string) map[string]any {
		request := term(valid())
		request["initialStatus"] = status
		return request
	}
	withType := func(guid string) map[string]any {
		request := term(valid())
		request["entityTypeGUID"] = guid
		return request
	}
	noType := term(valid())
	delete(noType, "entityTypeGUID")
	longAsInt := m.createRequest("ResourceProfileAnnotation", withValue("sampleSize", omrsInt(12)))
	badEnum := map[string]any{"class": "EnumPropertyValue", "headerVersion": 1, "instancePropertyCategory": "ENUM",
		"typeGUID": m.attributeTypeGUID("ContentStatus"), "typeName": "ContentStatus", "ordinal": 42, "symbolicName": "NO_SUCH_STATUS"}
	intArray := map[string]any{"class": "ArrayPropertyValue", "headerVersion": 1, "instancePropertyCategory": "ARRAY",
		"typeGUID": m.attributeTypeGUID("array<string>"), "typeName": "array<string>", "arrayCount": 1,
		"arrayValues": omrsProperties(map[string]any{"0": omrsInt(7)})}
	const path = "/instances/entity"

	m.requireRejections([]rejection{
		{"unknown type GUID", path, withType("no-such-type-guid"), "TypeErrorException", []string{"no-such-type-guid"}},
		{"relationship type", path, withType(m.typeGUID("SemanticAssignment")), "TypeErrorException", []string{"SemanticAssignment"}},
		{"classification type", path, withType(m.typeGUID("Confidentiality")), "TypeErrorException", []string{"Confidentiality"}},
		{"missing type GUID", path, noType, "InvalidParameterException", nil},
		{"unknown property", path, term(withValue("colour", omrsString("red"))), "PropertyErrorException", []string{"colour"}},
		{"int for a string attribute", path, term(withValue("displayName", omrsInt(5))), "PropertyErrorException", []string{"displayName"}},
		{"int for a long attribute", path, longAsInt, "PropertyErrorException", []string{"sampleSize"}},
		{"null property value", path, term(withValue("displayName", nil)), "PropertyErrorException", []string{"displayName"}},
		{"enum ordinal outside the enum", path, term(withValue("contentStatus", badEnum)), "PropertyErrorException", []string{"contentStatus"}},
		{"int in an array of strings", path, term(withValue("aliases", intArray)), "PropertyErrorException", []string{"aliases"}},
		{"no properties", path, term(nil), "PropertyErrorException", nil},
		{"empty properties", path, term(omrsProperties(map[string]any{})), "PropertyErrorException", nil},
		{"status DELETED", path, withStatus("DELETED"), "StatusNotSupportedException", []string{"DELETED"}},
		{"status not in the type's list", path, withStatus("OTHER"), "StatusNotSupportedException", []string{"OTHER"}},
		{"legacy status", path, withStatus("DRAFT"), "StatusNotSupportedException", []string{"DRAFT"}},
		{"unknown classification", path, term(valid(), newClassification("NoSuchClassification", nil)),
			"InvalidParameterException", []string{"NoSuchClassification"}},
		{"classification not valid for the type", path, term(valid(), newClassification("FixedLocation", nil)),
			"ClassificationErrorException", []string{"FixedLocation"}},
		{"classification with an unknown property", path,
			term(valid(), newClassification("Confidentiality", omrsStrings("colour", "red"))), "PropertyErrorException", []string{"colour"}},
		{"null classification", path, term(valid(), nil), "InvalidParameterException", nil},
	})
}

func TestMaintUpdateEntityPropertiesReplacesAll(t *testing.T) {
	m := newMaintEnv(t)
	name := uniqueName("replace")
	created := m.addEntity("GlossaryTerm", omrsStrings("qualifiedName", name, "displayName", "Old", "description", "Old text"))
	replacement := omrsStrings("qualifiedName", name, "summary", "New summary")
	request := propertiesRequest(replacement)

	response := m.post("/instances/entity/"+guidOf(created)+"/properties", request)

	require.Equal(t, "EntityDetailResponse", response["class"])
	updated := m.payload(response, "entity")
	require.Equal(t, copyJSON(replacement), updated["properties"], "the new set replaces the old one")
	require.Equal(t, json.Number("2"), updated["version"])
	require.Greater(t, jsonInt64(t, updated["updateTime"]), jsonInt64(t, created["updateTime"]))
	require.Equal(t, created["createTime"], updated["createTime"])
	require.Equal(t, created["createdBy"], updated["createdBy"])
	require.Equal(t, userID, updated["updatedBy"])
	require.Equal(t, []any{userID}, updated["maintainedBy"])
	require.Equal(t, request["requestId"], updated["lastRequestId"])
	require.Equal(t, "ACTIVE", updated["status"])
	require.Equal(t, updated, m.entity(guidOf(created)))
}

func TestMaintUpdateEntityRecordsEachUser(t *testing.T) {
	m := newMaintEnv(t)
	name := uniqueName("users")
	created := m.addTerm(name)

	response := m.postAs(otherUserID, "/instances/entity/"+guidOf(created)+"/properties",
		propertiesRequest(omrsStrings("qualifiedName", name, "displayName", "By Erin")))

	updated := m.payload(response, "entity")
	require.Equal(t, otherUserID, updated["updatedBy"])
	require.Equal(t, userID, updated["createdBy"])
	require.Equal(t, []any{userID, otherUserID}, updated["maintainedBy"], "users in the order they first changed it")

	again := m.payload(m.updateProperties(guidOf(created), omrsStrings("qualifiedName", name)), "entity")
	require.Equal(t, []any{userID, otherUserID}, again["maintainedBy"], "a user is listed once")
	require.Equal(t, userID, again["updatedBy"])
	require.Equal(t, json.Number("3"), again["version"])
}

func TestMaintUpdateEntityEmptySetClears(t *testing.T) {
	m := newMaintEnv(t)
	tests := []struct {
		name       string
		properties any
	}{
		{name: "empty property set", properties: omrsProperties(map[string]any{})},
		{name: "no property set", properties: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bound := m.with(t)
			created := bound.addEntity("GlossaryTerm", omrsStrings("qualifiedName", uniqueName("clear"), "displayName", "Gone soon"))

			updated := bound.payload(bound.updateProperties(guidOf(created), tt.properties), "entity")

			require.Nil(t, updated["properties"], "no properties rather than an empty set")
			require.Equal(t, json.Number("2"), updated["version"])
			require.Equal(t, updated, bound.entity(guidOf(created)))
		})
	}
}

func TestMaintUpdateTimesStrictlyIncrease(t *testing.T) {
	m := newMaintEnv(t)
	name := uniqueName("times")
	entity := m.addTerm(name)
	previous := jsonInt64(t, entity["updateTime"])

	for i := 2; i <= 11; i++ {
		updated := m.payload(m.updateProperties(guidOf(entity), omrsStrings("qualifiedName", name, "summary", uuid.NewString())), "entity")
		require.Equal(t, jsonInt(int64(i)), updated["version"])
		updateTime := jsonInt64(t, updated["updateTime"])
		require.Greater(t, updateTime, previous, "version %d", i)
		previous = updateTime
	}
}

func TestMaintUpdateEntityRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	name := uniqueName("update")
	entity := m.addTerm(name)
	path := "/instances/entity/" + guidOf(entity) + "/properties"
	unknownGUID := uuid.NewString()
	unknown := "/instances/entity/" + unknownGUID + "/properties"

	m.requireRejections([]rejection{
		{"unknown entity", unknown, propertiesRequest(omrsStrings("qualifiedName", name)), "EntityNotKnownException", []string{unknownGUID}},
		{"unknown property", path, propertiesRequest(omrsStrings("qualifiedName", name, "colour", "red")),
			"PropertyErrorException", []string{"colour"}},
		{"int for a string attribute", path, propertiesRequest(omrsProperties(map[string]any{"qualifiedName": omrsInt(1)})),
			"PropertyErrorException", []string{"qualifiedName"}},
		{"null property value", path, propertiesRequest(omrsProperties(map[string]any{"qualifiedName": nil})),
			"PropertyErrorException", []string{"qualifiedName"}},
	})
}
