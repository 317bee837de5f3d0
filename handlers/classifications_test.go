package handlers

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func TestClassificationMaintenanceCallsRepository(t *testing.T) {
	classified := "/instances/entity/" + knownEntityGUID + "/classification/Confidentiality"
	proxyPath := "/instances/entity/classification/Confidentiality"
	proxyJSON := toJSON(t, testProxy(proxyEntityGUID))
	proxy := decodeAs[typesystem.EntityProxy](t, proxyJSON)
	properties := decodeAs[typesystem.InstanceProperties](t, propertiesJSON)
	detailed := []string{`"classificationOrigin":"PROPAGATED"`, `"classificationOriginGUID":"origin-1"`,
		`"classificationProperties":` + propertiesJSON, `"metadataCollectionId":"ext-1"`, `"metadataCollectionName":"crm"`}
	detailedRequest := &typesystem.ClassificationRequest{RequestID: testRequestID, ClassificationOrigin: "PROPAGATED",
		ClassificationOriginGUID: "origin-1", ClassificationProperties: properties,
		MetadataCollectionID: "ext-1", MetadataCollectionName: "crm"}

	runOpCases(t, []opCase{
		{
			name: "classify entity passes only the properties", path: classified,
			body:  requestBody("InstancePropertiesRequest", `"instanceProperties":`+propertiesJSON),
			class: classEntityDetail, payload: "entity", call: "ClassifyEntity",
			args: []any{knownEntityGUID, "Confidentiality", &typesystem.ClassificationRequest{ClassificationProperties: properties}},
		},
		{
			name: "classify entity detailed", path: classified + "/detailed",
			body:  requestBody("ClassificationRequest", detailed...),
			class: classEntityDetail, payload: "entity", call: "ClassifyEntity",
			args: []any{knownEntityGUID, "Confidentiality", detailedRequest},
		},
		{
			name: "classify entity proxy", path: proxyPath,
			body:  requestBody("ProxyClassificationRequest", `"entityProxy":`+proxyJSON, `"instanceProperties":`+propertiesJSON),
			class: classClassification, payload: "classification", call: "ClassifyEntityProxy",
			args: []any{proxy, "Confidentiality", &typesystem.ClassificationRequest{ClassificationProperties: properties}},
		},
		{
			name: "classify entity proxy detailed", path: proxyPath + "/detailed",
			body:  requestBody("ClassificationProxyRequest", append([]string{`"entityProxy":` + proxyJSON}, detailed...)...),
			class: classClassification, payload: "classification", call: "ClassifyEntityProxy",
			args: []any{proxy, "Confidentiality", detailedRequest},
		},
		{
			name: "declassify entity", path: classified + "/delete", body: requestBody("GetRequest"),
			class: classEntityDetail, payload: "entity", call: "DeclassifyEntity",
			args: []any{knownEntityGUID, "Confidentiality"},
		},
		{
			name: "declassify entity without body", path: classified + "/delete",
			class: classEntityDetail, payload: "entity", call: "DeclassifyEntity",
			args: []any{knownEntityGUID, "Confidentiality"},
		},
		{
			name: "declassify entity proxy", path: proxyPath + "/delete",
			body:  requestBody("EntityProxyRequest", `"entity":`+proxyJSON),
			class: classClassification, payload: "classification", call: "DeclassifyEntityProxy",
			args: []any{proxy, "Confidentiality"},
		},
		{
			name: "update entity classification", path: classified + "/properties",
			body:  requestBody("InstancePropertiesRequest", `"instanceProperties":`+propertiesJSON),
			class: classEntityDetail, payload: "entity", call: "UpdateEntityClassification",
			args: []any{knownEntityGUID, "Confidentiality", properties},
		},
		{
			name: "update entity proxy classification", path: proxyPath + "/properties",
			body:  requestBody("ProxyClassificationRequest", `"entityProxy":`+proxyJSON, `"instanceProperties":`+propertiesJSON),
			class: classClassification, payload: "classification", call: "UpdateEntityClassificationProxy",
			args: []any{proxy, "Confidentiality", properties},
		},
		{
			name: "classification name is decoded once", path: "/instances/entity/" + knownEntityGUID + "/classification/Data%2FSet%2520",
			body:  requestBody("InstancePropertiesRequest"),
			class: classEntityDetail, payload: "entity", call: "ClassifyEntity",
			args: []any{knownEntityGUID, "Data/Set%20", &typesystem.ClassificationRequest{}},
		},
	})
}

func TestHomeClassificationsCallRepository(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID
	var now *typesystem.Millis
	runOpCases(t, []opCase{
		{name: "home classifications", path: entity + "/home-classifications", body: requestBody("GetRequest"),
			class: classClassificationList, payload: "classifications", call: "GetHomeClassifications",
			args: []any{knownEntityGUID, now}},
		{name: "home classifications with GET", method: "GET", path: entity + "/home-classifications",
			class: classClassificationList, payload: "classifications", call: "GetHomeClassifications",
			args: []any{knownEntityGUID, now}},
		{name: "home classifications as of a time", path: entity + "/home-classifications/history",
			body:  requestBody("HistoryRequest", `"asOfTime":1719912345678`),
			class: classClassificationList, payload: "classifications", call: "GetHomeClassifications",
			args: []any{knownEntityGUID, typesystem.NewMillis(1719912345678)}},
		{name: "home classifications history without asOfTime means now", path: entity + "/home-classifications/history",
			body:  requestBody("HistoryRequest"),
			class: classClassificationList, payload: "classifications", call: "GetHomeClassifications",
			args: []any{knownEntityGUID, now}},
	})

	t.Run("none found omits the list", func(t *testing.T) {
		env := newTestEnv(t, Config{})
		rec := env.do(t, "POST", testBase+"/instances/entity/"+proxyEntityGUID+"/home-classifications", "")
		m := okBody(t, rec, classClassificationList)
		require.NotContains(t, m, "classifications")
		require.Equal(t, json.Number("0"), m["offset"])
		require.Equal(t, json.Number("0"), m["pageSize"])
	})
}

func TestClassificationMaintenanceRejectsBadRequests(t *testing.T) {
	classified := "/instances/entity/" + knownEntityGUID + "/classification/Confidentiality"
	proxyPath := "/instances/entity/classification/Confidentiality"
	classificationParam := typesystem.NewError(typesystem.KindClassificationError, "", "").ParameterName
	runOpErrorCases(t, []opErrorCase{
		{name: "classify without body", path: classified,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "classify detailed without body", path: classified + "/detailed",
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "classify with empty classification name", path: "/instances/entity/" + knownEntityGUID + "/classification//detailed",
			body: requestBody("ClassificationRequest"), class: classEntityDetail, exception: ipeHead, code: 400, param: "classificationName"},
		{name: "classify proxy without body", path: proxyPath,
			class: classClassification, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "classify proxy without proxy", path: proxyPath, body: requestBody("ProxyClassificationRequest"),
			class: classClassification, exception: ipeHead, code: 400, param: "entityProxy"},
		{name: "classify proxy detailed without proxy", path: proxyPath + "/detailed", body: requestBody("ClassificationProxyRequest"),
			class: classClassification, exception: ipeHead, code: 400, param: "entityProxy"},
		{name: "declassify proxy without body", path: proxyPath + "/delete",
			class: classClassification, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "declassify proxy without proxy", path: proxyPath + "/delete", body: requestBody("EntityProxyRequest"),
			class: classClassification, exception: ipeHead, code: 400, param: "entity"},
		{name: "update classification without body", path: classified + "/properties",
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "update proxy classification without proxy", path: proxyPath + "/properties", body: requestBody("ProxyClassificationRequest"),
			class: classClassification, exception: ipeHead, code: 400, param: "entityProxy"},
		{name: "home classifications history without body", path: "/instances/entity/" + knownEntityGUID + "/home-classifications/history",
			class: classClassificationList, exception: ipeHead, code: 400, param: "requestBody"},

		{name: "classify entity twice", path: classified, body: requestBody("InstancePropertiesRequest"),
			class: classEntityDetail, exception: omrsFFDC + "ClassificationErrorException", code: 400, param: classificationParam,
			failWith: repoError(typesystem.KindClassificationError)},
		{name: "classify unknown proxy", path: proxyPath + "/detailed", body: requestBody("ClassificationProxyRequest", `"entityProxy":{}`),
			class: classClassification, exception: omrsFFDC + "EntityNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindEntityNotKnown)},
		{name: "declassify unclassified entity", path: classified + "/delete",
			class: classEntityDetail, exception: omrsFFDC + "ClassificationErrorException", code: 400, param: classificationParam,
			failWith: repoError(typesystem.KindClassificationError)},
		{name: "declassify proxy not supported", path: proxyPath + "/delete", body: requestBody("EntityProxyRequest", `"entity":{}`),
			class: classClassification, exception: omrsFFDC + "FunctionNotSupportedException", code: 501,
			failWith: repoError(typesystem.KindFunctionNotSupported)},
		{name: "update classification with invalid property", path: proxyPath + "/properties",
			body:  requestBody("ProxyClassificationRequest", `"entityProxy":{}`),
			class: classClassification, exception: omrsFFDC + "PropertyErrorException", code: 400,
			param: typesystem.NewError(typesystem.KindPropertyError, "", "").ParameterName, failWith: repoError(typesystem.KindPropertyError)},
		{name: "home classifications of unknown entity", path: "/instances/entity/" + knownEntityGUID + "/home-classifications",
			class: classClassificationList, exception: omrsFFDC + "EntityNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindEntityNotKnown)},
	})
}
