package handlers

import (
	"testing"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func TestEntityMaintenanceCallsRepository(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID
	proxyJSON := toJSON(t, testProxy(proxyEntityGUID))
	properties := decodeAs[typesystem.InstanceProperties](t, propertiesJSON)
	var noProperties *typesystem.InstanceProperties

	runOpCases(t, []opCase{
		{
			name: "add entity", path: "/instances/entity",
			body:  requestBody("EntityCreateRequest", `"entityTypeGUID":"type-1"`, `"initialProperties":`+propertiesJSON, `"initialStatus":"ACTIVE"`),
			class: classEntityDetail, payload: "entity", call: "AddEntity",
			args: []any{&typesystem.EntityCreateRequest{RequestID: testRequestID, EntityTypeGUID: "type-1",
				InitialProperties: properties, InitialStatus: typesystem.StatusActive}},
		},
		{
			name: "add external entity", path: "/instances/entity/external",
			body:  requestBody("EntityCreateRequest", `"entityTypeGUID":"type-1"`, `"metadataCollectionId":"ext-1"`, `"metadataCollectionName":"crm"`),
			class: classEntityDetail, payload: "entity", call: "AddExternalEntity",
			args: []any{&typesystem.EntityCreateRequest{RequestID: testRequestID, EntityTypeGUID: "type-1",
				MetadataCollectionID: "ext-1", MetadataCollectionName: "crm"}},
		},
		{
			name: "add entity proxy", path: "/instances/entity-proxy",
			body:  requestBody("EntityProxyRequest", `"entity":`+proxyJSON),
			class: classVoid, call: "AddEntityProxy",
			args: []any{decodeAs[typesystem.EntityProxy](t, proxyJSON)},
		},
		{
			name: "update entity properties", path: entity + "/properties",
			body:  requestBody("InstancePropertiesRequest", `"instanceProperties":`+propertiesJSON),
			class: classEntityDetail, payload: "entity", call: "UpdateEntityProperties",
			args: []any{knownEntityGUID, properties},
		},
		{
			name: "update entity properties to none", path: entity + "/properties",
			body:  requestBody("InstancePropertiesRequest"),
			class: classEntityDetail, payload: "entity", call: "UpdateEntityProperties",
			args: []any{knownEntityGUID, noProperties},
		},
		{
			name: "delete entity", path: entity + "/delete",
			body:  requestBody("TypeDefValidationForRequest", `"typeDefGUID":"guid-of-Asset"`, `"typeDefName":"Asset"`),
			class: classEntityDetail, payload: "entity", call: "DeleteEntity",
			args: []any{"guid-of-Asset", "Asset", knownEntityGUID},
		},
		{
			name: "delete entity leaves empty type names to the repository", path: entity + "/delete",
			body:  requestBody("TypeDefValidationForRequest"),
			class: classEntityDetail, payload: "entity", call: "DeleteEntity",
			args: []any{"", "", knownEntityGUID},
		},
		{
			name: "purge entity", path: entity + "/purge",
			body:  requestBody("TypeDefValidationForRequest", `"typeDefGUID":"guid-of-Asset"`, `"typeDefName":"Asset"`),
			class: classVoid, call: "PurgeEntity",
			args: []any{"guid-of-Asset", "Asset", knownEntityGUID},
		},
		{
			name: "restore entity", path: entity + "/restore", body: requestBody("GetRequest"),
			class: classEntityDetail, payload: "entity", call: "RestoreEntity", args: []any{knownEntityGUID},
		},
		{
			name: "restore entity with GET", method: "GET", path: entity + "/restore",
			class: classEntityDetail, payload: "entity", call: "RestoreEntity", args: []any{knownEntityGUID},
		},
		{
			name: "restore entity without body", path: entity + "/restore",
			class: classEntityDetail, payload: "entity", call: "RestoreEntity", args: []any{knownEntityGUID},
		},
	})
}

func TestEntityMaintenanceRejectsBadRequests(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID
	runOpErrorCases(t, []opErrorCase{
		{name: "add entity without body", path: "/instances/entity",
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "add entity with invalid JSON", path: "/instances/entity", body: `{"entityTypeGUID":`,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "add entity with unknown initial status", path: "/instances/entity", body: `{"initialStatus":"SLEEPING"}`,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "add external entity without body", path: "/instances/entity/external",
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "add entity proxy without body", path: "/instances/entity-proxy",
			class: classVoid, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "add entity proxy without proxy", path: "/instances/entity-proxy", body: requestBody("EntityProxyRequest"),
			class: classVoid, exception: ipeHead, code: 400, param: "entity"},
		{name: "update properties without body", path: entity + "/properties",
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "delete entity without body", path: entity + "/delete",
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "purge entity without body", path: entity + "/purge",
			class: classVoid, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "purge entity with empty guid", path: "/instances/entity//purge", body: requestBody("TypeDefValidationForRequest"),
			class: classVoid, exception: ipeHead, code: 400, param: "guid"},

		{name: "add entity with unknown type", path: "/instances/entity", body: requestBody("EntityCreateRequest"),
			class: classEntityDetail, exception: omrsFFDC + "TypeErrorException", code: 400,
			param: typesystem.NewError(typesystem.KindTypeError, "", "").ParameterName, failWith: repoError(typesystem.KindTypeError)},
		{name: "add external entity not supported", path: "/instances/entity/external", body: requestBody("EntityCreateRequest"),
			class: classEntityDetail, exception: omrsFFDC + "FunctionNotSupportedException", code: 501,
			failWith: repoError(typesystem.KindFunctionNotSupported)},
		{name: "add entity proxy not supported", path: "/instances/entity-proxy", body: requestBody("EntityProxyRequest", `"entity":{}`),
			class: classVoid, exception: omrsFFDC + "FunctionNotSupportedException", code: 501,
			failWith: repoError(typesystem.KindFunctionNotSupported)},
		{name: "update properties of unknown entity", path: entity + "/properties", body: requestBody("InstancePropertiesRequest"),
			class: classEntityDetail, exception: omrsFFDC + "EntityNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindEntityNotKnown)},
		{name: "update properties with invalid property", path: entity + "/properties", body: requestBody("InstancePropertiesRequest"),
			class: classEntityDetail, exception: omrsFFDC + "PropertyErrorException", code: 400,
			param: typesystem.NewError(typesystem.KindPropertyError, "", "").ParameterName, failWith: repoError(typesystem.KindPropertyError)},
		{name: "delete unknown entity", path: entity + "/delete", body: requestBody("TypeDefValidationForRequest"),
			class: classEntityDetail, exception: omrsFFDC + "EntityNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindEntityNotKnown)},
		{name: "purge live entity", path: entity + "/purge", body: requestBody("TypeDefValidationForRequest"),
			class: classVoid, exception: omrsFFDC + "EntityNotDeletedException", code: 400,
			failWith: repoError(typesystem.KindEntityNotDeleted)},
		{name: "restore live entity", path: entity + "/restore",
			class: classEntityDetail, exception: omrsFFDC + "EntityNotDeletedException", code: 400,
			failWith: repoError(typesystem.KindEntityNotDeleted)},
	})
}
