//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// classificationPath returns the path of the GUID-based classification
// calls for one entity and classification name.
func classificationPath(guid, name string) string {
	return "/instances/entity/" + guid + "/classification/" + name
}

// classificationNamed returns the classification called name on an entity,
// or nil.
func classificationNamed(entity map[string]any, name string) map[string]any {
	for _, item := range asList(entity["classifications"]) {
		classification := item.(map[string]any)
		if classification["name"] == name {
			return classification
		}
	}
	return nil
}

func confidentialityLevel(level int64) map[string]any {
	return omrsProperties(map[string]any{"confidentialityLevel": omrsInt(level)})
}

func TestMaintClassifyWithoutProperties(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("classify"))
	request := propertiesRequest(nil)

	before := nowMillis()
	response := m.post(classificationPath(guidOf(entity), "Confidentiality"), request)

	require.Equal(t, "EntityDetailResponse", response["class"])
	classified := m.payload(response, "entity")
	require.Equal(t, entity["version"], classified["version"], "classifying leaves the entity's version")
	require.Equal(t, entity["updateTime"], classified["updateTime"])
	classifications := asList(classified["classifications"])
	require.Len(t, classifications, 1)
	classification := classifications[0].(map[string]any)
	require.GreaterOrEqual(t, jsonInt64(t, classification["createTime"]), before)
	require.Equal(t, classification["createTime"], classification["updateTime"])
	expected := map[string]any{
		"class": "Classification", "headerVersion": 1, "type": m.instanceType("Confidentiality"),
		"instanceProvenanceType": "LOCAL_COHORT", "metadataCollectionId": m.localID, "metadataCollectionName": m.localName,
		"createdBy": userID, "updatedBy": userID, "maintainedBy": []string{userID},
		"createTime": classification["createTime"], "updateTime": classification["createTime"],
		"version": 1, "status": "ACTIVE", "lastRequestId": request["requestId"],
		"name": "Confidentiality", "classificationOrigin": "ASSIGNED",
	}
	require.Equal(t, copyJSON(expected), classification, "no properties stay null")
	require.Equal(t, classified, m.entity(guidOf(entity)))
}

func TestMaintClassifyAgainWithSameProperties(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("again"))
	path := classificationPath(guidOf(entity), "Confidentiality")
	first := m.payload(m.post(path, propertiesRequest(confidentialityLevel(2))), "entity")
	before := m.fingerprint()

	again := m.payload(m.post(path, propertiesRequest(confidentialityLevel(2))), "entity")

	require.Equal(t, first, again, "the entity is returned unchanged")
	require.Equal(t, before, m.fingerprint(), "nothing stored changed")
}

func TestMaintClassifyAgainWithOtherPropertiesFails(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("conflict"))
	path := classificationPath(guidOf(entity), "Confidentiality")
	m.payload(m.post(path, propertiesRequest(confidentialityLevel(2))), "entity")

	m.requireUnchangedAfter(path, propertiesRequest(confidentialityLevel(4)), "ClassificationErrorException", "Confidentiality")
}

func TestMaintUpdateEntityClassification(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("reclassify"))
	classified := m.payload(m.post(classificationPath(guidOf(entity), "Confidentiality"), propertiesRequest(confidentialityLevel(1))), "entity")
	original := classificationNamed(classified, "Confidentiality")
	request := propertiesRequest(confidentialityLevel(3))

	response := m.postAs(otherUserID, classificationPath(guidOf(entity), "Confidentiality")+"/properties", request)

	require.Equal(t, "EntityDetailResponse", response["class"])
	updated := m.payload(response, "entity")
	require.Equal(t, entity["version"], updated["version"], "the entity's version is unchanged")
	classification := classificationNamed(updated, "Confidentiality")
	require.NotNil(t, classification)
	require.Equal(t, json.Number("2"), classification["version"])
	require.Equal(t, copyJSON(confidentialityLevel(3)), classification["properties"])
	require.Equal(t, original["createTime"], classification["createTime"])
	require.Greater(t, jsonInt64(t, classification["updateTime"]), jsonInt64(t, original["updateTime"]))
	require.Equal(t, otherUserID, classification["updatedBy"])
	require.Equal(t, []any{userID, otherUserID}, classification["maintainedBy"])
	require.Equal(t, request["requestId"], classification["lastRequestId"])
	require.Equal(t, updated, m.entity(guidOf(entity)))
}

func TestMaintDeclassifyEntity(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("declassify"))
	guid := guidOf(entity)
	m.payload(m.post(classificationPath(guid, "Confidentiality"), propertiesRequest(confidentialityLevel(1))), "entity")
	m.payload(m.post(classificationPath(guid, "Incomplete"), propertiesRequest(nil)), "entity")

	first := m.payload(m.post(classificationPath(guid, "Incomplete")+"/delete", getRequest()), "entity")

	require.Len(t, asList(first["classifications"]), 1)
	require.NotNil(t, classificationNamed(first, "Confidentiality"), "the other classification stays")
	require.Equal(t, entity["version"], first["version"])

	last := m.payload(m.post(classificationPath(guid, "Confidentiality")+"/delete", getRequest()), "entity")

	require.Nil(t, last["classifications"], "no list rather than an empty one")
	require.Equal(t, entity["version"], last["version"])
	require.Equal(t, last, m.entity(guid))
}

func TestMaintClassificationRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("bad classification"))
	guid := guidOf(entity)
	proxy := m.remoteProxy("GlossaryTerm", uuid.NewString(), newRemoteHome(), uniqueName("proxy"))
	m.addProxy(proxy)
	unknownGUID := uuid.NewString()

	m.requireRejections([]rejection{
		{"declassify an absent classification", classificationPath(guid, "Confidentiality") + "/delete", getRequest(),
			"ClassificationErrorException", []string{"Confidentiality"}},
		{"update an absent classification", classificationPath(guid, "Confidentiality") + "/properties",
			propertiesRequest(confidentialityLevel(1)), "ClassificationErrorException", []string{"Confidentiality"}},
		{"unknown classification", classificationPath(guid, "NoSuchClassification"), propertiesRequest(nil),
			"InvalidParameterException", []string{"NoSuchClassification"}},
		{"classification not valid for the type", classificationPath(guid, "FixedLocation"), propertiesRequest(nil),
			"ClassificationErrorException", []string{"FixedLocation"}},
		{"unknown property", classificationPath(guid, "Confidentiality"), propertiesRequest(omrsStrings("colour", "red")),
			"PropertyErrorException", []string{"colour"}},
		{"string for an int property", classificationPath(guid, "Confidentiality"),
			propertiesRequest(omrsStrings("confidentialityLevel", "high")), "PropertyErrorException", []string{"confidentialityLevel"}},
		{"unknown entity", classificationPath(unknownGUID, "Confidentiality"), propertiesRequest(nil),
			"EntityNotKnownException", []string{unknownGUID}},
		{"entity stored only as a proxy", classificationPath(guidOf(proxy), "Confidentiality"), propertiesRequest(nil),
			"EntityNotKnownException", []string{guidOf(proxy)}},
	})
}

// proxyClassificationRequest returns a ProxyClassificationRequest.
func proxyClassificationRequest(proxy map[string]any, properties any) map[string]any {
	body := map[string]any{"class": "ProxyClassificationRequest", "requestId": uuid.NewString(), "entityProxy": proxy}
	if properties != nil {
		body["instanceProperties"] = properties
	}
	return body
}

func TestMaintClassifyProxyStoresProxy(t *testing.T) {
	m := newMaintEnv(t)
	proxy := m.remoteProxy("GlossaryTerm", uuid.NewString(), newRemoteHome(), uniqueName("proxy"))
	guid := guidOf(proxy)

	response := m.post("/instances/entity/classification/Confidentiality", proxyClassificationRequest(proxy, confidentialityLevel(2)))

	require.Equal(t, "ClassificationResponse", response["class"])
	classification := m.payload(response, "classification")
	require.Equal(t, "Confidentiality", classification["name"])
	require.Equal(t, m.localID, classification["metadataCollectionId"], "the classification is homed here")
	require.Equal(t, "LOCAL_COHORT", classification["instanceProvenanceType"])
	require.Equal(t, json.Number("1"), classification["version"])
	require.Equal(t, copyJSON(confidentialityLevel(2)), classification["properties"])

	summary := m.payload(m.post("/instances/entity/"+guid+"/summary", getRequest()), "entity")
	require.Equal(t, "EntityProxy", summary["class"], "the proxy is stored")
	require.Equal(t, []any{classification}, summary["classifications"])
	requireOMRSException(t, m.post("/instances/entity/"+guid, getRequest()), "EntityProxyOnlyException", guid)

	updated := m.payload(m.post("/instances/entity/classification/Confidentiality/properties",
		proxyClassificationRequest(proxy, confidentialityLevel(3))), "classification")
	require.Equal(t, json.Number("2"), updated["version"])
	require.Equal(t, copyJSON(confidentialityLevel(3)), updated["properties"])

	removed := m.payload(m.post("/instances/entity/classification/Confidentiality/delete",
		map[string]any{"class": "EntityProxyRequest", "requestId": uuid.NewString(), "entity": proxy}), "classification")
	require.Equal(t, "Confidentiality", removed["name"])
	after := m.payload(m.post("/instances/entity/"+guid+"/summary", getRequest()), "entity")
	require.Nil(t, after["classifications"])
}

func TestMaintClassifyProxyRejectsLocalHome(t *testing.T) {
	m := newMaintEnv(t)
	proxy := m.remoteProxy("GlossaryTerm", uuid.NewString(), m.localID, uniqueName("local proxy"))

	m.requireUnchangedAfter("/instances/entity/classification/Confidentiality", proxyClassificationRequest(proxy, nil),
		"InvalidParameterException")
}

func TestMaintHomeClassificationsOfReferenceCopy(t *testing.T) {
	m := newMaintEnv(t)
	m.loadInstances("SimpleAPICatalog.omarchive")
	const api = "5d6ec7aa-9b13-4286-ad00-af82709a259b" // DeployedAPI homed in the catalog's collection, classified Anchors there
	path := "/instances/entity/" + api + "/home-classifications"

	none := m.post(path, getRequest())
	require.Equal(t, "ClassificationListResponse", none["class"])
	requireSuccess(t, none)
	require.Nil(t, none["classifications"], "no classification of this copy is homed here")

	classified := m.payload(m.post(classificationPath(api, "Confidentiality"), propertiesRequest(confidentialityLevel(1))), "entity")
	require.NotNil(t, classificationNamed(classified, "Anchors"), "the home's classification stays")
	local := classificationNamed(classified, "Confidentiality")
	require.Equal(t, m.localID, local["metadataCollectionId"])

	home := m.post(path, getRequest())
	requireSuccess(t, home)
	require.Equal(t, []any{local}, home["classifications"])

	unknownGUID := uuid.NewString()
	requireOMRSException(t, m.post("/instances/entity/"+unknownGUID+"/home-classifications", getRequest()),
		"EntityNotKnownException", unknownGUID)
}

func TestMaintHomeClassificationsOfLocalEntity(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addEntity("GlossaryTerm", omrsStrings("qualifiedName", uniqueName("home")),
		newClassification("Confidentiality", confidentialityLevel(2)))

	home := m.post("/instances/entity/"+guidOf(entity)+"/home-classifications", getRequest())

	requireSuccess(t, home)
	require.Equal(t, entity["classifications"], home["classifications"])
}

func TestMaintClassifyEntityDetailed(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("detailed"))
	origin := m.addTerm(uniqueName("origin"))
	source := "external-" + uuid.NewString()
	request := map[string]any{"class": "ClassificationRequest", "requestId": uuid.NewString(),
		"metadataCollectionId": source, "metadataCollectionName": "Test catalogue",
		"classificationOrigin": "PROPAGATED", "classificationOriginGUID": guidOf(origin),
		"classificationProperties": confidentialityLevel(4)}

	response := m.post(classificationPath(guidOf(entity), "Confidentiality")+"/detailed", request)

	require.Equal(t, "EntityDetailResponse", response["class"])
	classified := m.payload(response, "entity")
	classification := classificationNamed(classified, "Confidentiality")
	require.NotNil(t, classification)
	require.Equal(t, "EXTERNAL_SOURCE", classification["instanceProvenanceType"])
	require.Equal(t, source, classification["metadataCollectionId"])
	require.Equal(t, "Test catalogue", classification["metadataCollectionName"])
	require.Equal(t, m.localID, classification["replicatedBy"])
	require.Equal(t, "PROPAGATED", classification["classificationOrigin"])
	require.Equal(t, guidOf(origin), classification["classificationOriginGUID"])
	require.Equal(t, copyJSON(confidentialityLevel(4)), classification["properties"])
	require.Equal(t, entity["version"], classified["version"])
	require.Equal(t, classified, m.entity(guidOf(entity)))
}

func TestMaintClassifyEntityDetailedDefaults(t *testing.T) {
	m := newMaintEnv(t)
	entity := m.addTerm(uniqueName("detailed"))

	classified := m.payload(m.post(classificationPath(guidOf(entity), "Confidentiality")+"/detailed",
		map[string]any{"class": "ClassificationRequest", "requestId": uuid.NewString()}), "entity")

	classification := classificationNamed(classified, "Confidentiality")
	require.NotNil(t, classification)
	require.Equal(t, "LOCAL_COHORT", classification["instanceProvenanceType"])
	require.Equal(t, m.localID, classification["metadataCollectionId"])
	require.Equal(t, "ASSIGNED", classification["classificationOrigin"])
	require.Nil(t, classification["classificationOriginGUID"])
	require.Nil(t, classification["properties"])
}
