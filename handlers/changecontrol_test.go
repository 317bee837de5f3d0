package handlers

import (
	"testing"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

const (
	assetValidation = `"typeDefGUID":"guid-of-Asset","typeDefName":"Asset"`
	linkValidation  = `"typeDefGUID":"guid-of-AssetSchemaType","typeDefName":"AssetSchemaType"`

	// dataSetTypeDefJSON is a whole EntityDef sent where a TypeDefSummary is
	// declared, as Egeria's client may send it.
	dataSetTypeDefJSON = `{"class":"EntityDef","headerVersion":1,"guid":"guid-of-DataSet","name":"DataSet",` +
		`"status":"ACTIVE_TYPEDEF","version":2,"versionName":"2.0","category":"ENTITY_DEF",` +
		`"superType":{"guid":"guid-of-Asset","name":"Asset"},"description":"A collection of data.","propertiesDefinition":[]}`
	assetSummaryJSON = `{"guid":"guid-of-Asset","name":"Asset","category":"ENTITY_DEF","version":1}`
)

func TestChangeControlCallsRepository(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID
	rel := "/instances/relationship/" + knownRelationshipGUID
	assetSummary := &typesystem.TypeDefSummary{GUID: "guid-of-Asset", Name: "Asset", Category: typesystem.CategoryEntityDef, Version: 1}
	dataSetSummary := &typesystem.TypeDefSummary{HeaderVersion: 1, GUID: "guid-of-DataSet", Name: "DataSet",
		Status: "ACTIVE_TYPEDEF", Version: 2, VersionName: "2.0", Category: typesystem.CategoryEntityDef}
	typeChange := requestBody("TypeDefChangeRequest", `"currentTypeDef":`+assetSummaryJSON, `"newTypeDef":`+dataSetTypeDefJSON)

	runOpCases(t, []opCase{
		{name: "re-identify entity", path: entity + "/identity?newEntityGUID=new-guid%2F1",
			body:  requestBody("TypeDefValidationForRequest", assetValidation),
			class: classEntityDetail, payload: "entity", call: "ReIdentifyEntity",
			args: []any{"guid-of-Asset", "Asset", knownEntityGUID, "new-guid/1"}},
		{name: "re-type entity", path: entity + "/type", body: typeChange,
			class: classEntityDetail, payload: "entity", call: "ReTypeEntity",
			args: []any{knownEntityGUID, assetSummary, dataSetSummary}},
		{name: "re-home entity", path: entity + "/home/old-home?newHomeMetadataCollectionId=" + testCollectionID + "&newHomeMetadataCollectionName=neo4j%20store",
			body:  requestBody("TypeDefValidationForRequest", assetValidation),
			class: classEntityDetail, payload: "entity", call: "ReHomeEntity",
			args: []any{knownEntityGUID, "guid-of-Asset", "Asset", "old-home", testCollectionID, "neo4j store"}},
		{name: "re-home entity without a new home name", path: entity + "/home/old-home?newHomeMetadataCollectionId=" + testCollectionID,
			body:  requestBody("TypeDefValidationForRequest", assetValidation),
			class: classEntityDetail, payload: "entity", call: "ReHomeEntity",
			args: []any{knownEntityGUID, "guid-of-Asset", "Asset", "old-home", testCollectionID, ""}},
		{name: "re-identify relationship", path: rel + "/identity?newRelationshipGUID=new-guid",
			body:  requestBody("TypeDefValidationForRequest", linkValidation),
			class: classRelationship, payload: "relationship", call: "ReIdentifyRelationship",
			args: []any{"guid-of-AssetSchemaType", "AssetSchemaType", knownRelationshipGUID, "new-guid"}},
		{name: "re-type relationship", path: rel + "/type", body: typeChange,
			class: classRelationship, payload: "relationship", call: "ReTypeRelationship",
			args: []any{knownRelationshipGUID, assetSummary, dataSetSummary}},
		{name: "re-home relationship", path: rel + "/home/old%2Fhome?newHomeMetadataCollectionId=" + testCollectionID,
			body:  requestBody("TypeDefValidationForRequest", linkValidation),
			class: classRelationship, payload: "relationship", call: "ReHomeRelationship",
			args: []any{knownRelationshipGUID, "guid-of-AssetSchemaType", "AssetSchemaType", "old/home", testCollectionID, ""}},
	})
}

func TestChangeControlRejectsBadRequests(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID
	rel := "/instances/relationship/" + knownRelationshipGUID
	validation := requestBody("TypeDefValidationForRequest", assetValidation)
	newHome := "?newHomeMetadataCollectionId=" + testCollectionID
	runOpErrorCases(t, []opErrorCase{
		{name: "re-identify entity without new GUID", path: entity + "/identity", body: validation,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "newEntityGUID"},
		{name: "re-identify entity with empty new GUID", path: entity + "/identity?newEntityGUID=", body: validation,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "newEntityGUID"},
		{name: "re-identify entity without body", path: entity + "/identity?newEntityGUID=x",
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "re-identify relationship without new GUID", path: rel + "/identity?newEntityGUID=x", body: validation,
			class: classRelationship, exception: ipeHead, code: 400, param: "newRelationshipGUID"},
		{name: "re-type entity without body", path: entity + "/type",
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "re-type entity without current type", path: entity + "/type",
			body:  requestBody("TypeDefChangeRequest", `"newTypeDef":`+assetSummaryJSON),
			class: classEntityDetail, exception: ipeHead, code: 400, param: "currentTypeDef"},
		{name: "re-type relationship without new type", path: rel + "/type",
			body:  requestBody("TypeDefChangeRequest", `"currentTypeDef":`+assetSummaryJSON),
			class: classRelationship, exception: ipeHead, code: 400, param: "newTypeDef"},
		{name: "re-home entity without new home", path: entity + "/home/old-home?newHomeMetadataCollectionName=x", body: validation,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "newHomeMetadataCollectionId"},
		{name: "re-home entity without body", path: entity + "/home/old-home" + newHome,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "re-home relationship without new home", path: rel + "/home/old-home", body: validation,
			class: classRelationship, exception: ipeHead, code: 400, param: "newHomeMetadataCollectionId"},
		{name: "re-home relationship with empty guid", path: "/instances/relationship//home/old-home" + newHome, body: validation,
			class: classRelationship, exception: ipeHead, code: 400, param: "guid"},

		{name: "re-identify unknown entity", path: entity + "/identity?newEntityGUID=x", body: validation,
			class: classEntityDetail, exception: omrsFFDC + "EntityNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindEntityNotKnown)},
		{name: "re-type entity to an unknown type", path: entity + "/type",
			body:  requestBody("TypeDefChangeRequest", `"currentTypeDef":`+assetSummaryJSON, `"newTypeDef":`+assetSummaryJSON),
			class: classEntityDetail, exception: omrsFFDC + "TypeErrorException", code: 400,
			param: typesystem.NewError(typesystem.KindTypeError, "", "").ParameterName, failWith: repoError(typesystem.KindTypeError)},
		{name: "re-home not supported", path: entity + "/home/old-home" + newHome, body: validation,
			class: classEntityDetail, exception: omrsFFDC + "FunctionNotSupportedException", code: 501,
			failWith: repoError(typesystem.KindFunctionNotSupported)},
		{name: "re-type unknown relationship", path: rel + "/type",
			body:  requestBody("TypeDefChangeRequest", `"currentTypeDef":`+assetSummaryJSON, `"newTypeDef":`+assetSummaryJSON),
			class: classRelationship, exception: omrsFFDC + "RelationshipNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindRelationshipNotKnown)},
	})
}
