package handlers

import (
	"testing"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func TestRelationshipMaintenanceCallsRepository(t *testing.T) {
	rel := "/instances/relationship/" + knownRelationshipGUID
	properties := decodeAs[typesystem.InstanceProperties](t, propertiesJSON)

	runOpCases(t, []opCase{
		{
			name: "add relationship", path: "/instances/relationship",
			body: requestBody("RelationshipCreateRequest", `"relationshipTypeGUID":"type-2"`, `"initialProperties":`+propertiesJSON,
				`"entityOneGUID":"end-1"`, `"entityTwoGUID":"end-2"`, `"initialStatus":"ACTIVE"`),
			class: classRelationship, payload: "relationship", call: "AddRelationship",
			args: []any{&typesystem.RelationshipCreateRequest{RequestID: testRequestID, RelationshipTypeGUID: "type-2",
				InitialProperties: properties, EntityOneGUID: "end-1", EntityTwoGUID: "end-2", InitialStatus: typesystem.StatusActive}},
		},
		{
			name: "add external relationship", path: "/instances/relationship/external",
			body: requestBody("RelationshipCreateRequest", `"relationshipTypeGUID":"type-2"`,
				`"metadataCollectionId":"ext-1"`, `"metadataCollectionName":"crm"`),
			class: classRelationship, payload: "relationship", call: "AddExternalRelationship",
			args: []any{&typesystem.RelationshipCreateRequest{RequestID: testRequestID, RelationshipTypeGUID: "type-2",
				MetadataCollectionID: "ext-1", MetadataCollectionName: "crm"}},
		},
		{
			name: "update relationship properties", path: rel + "/properties",
			body:  requestBody("InstancePropertiesRequest", `"instanceProperties":`+propertiesJSON),
			class: classRelationship, payload: "relationship", call: "UpdateRelationshipProperties",
			args: []any{knownRelationshipGUID, properties},
		},
		{
			name: "delete relationship", path: rel + "/delete",
			body:  requestBody("TypeDefValidationForRequest", `"typeDefGUID":"guid-of-AssetSchemaType"`, `"typeDefName":"AssetSchemaType"`),
			class: classRelationship, payload: "relationship", call: "DeleteRelationship",
			args: []any{"guid-of-AssetSchemaType", "AssetSchemaType", knownRelationshipGUID},
		},
		{
			name: "purge relationship", path: rel + "/purge",
			body:  requestBody("TypeDefValidationForRequest", `"typeDefGUID":"guid-of-AssetSchemaType"`, `"typeDefName":"AssetSchemaType"`),
			class: classVoid, call: "PurgeRelationship",
			args: []any{"guid-of-AssetSchemaType", "AssetSchemaType", knownRelationshipGUID},
		},
		{
			name: "restore relationship", path: rel + "/restore", body: requestBody("GetRequest"),
			class: classRelationship, payload: "relationship", call: "RestoreRelationship", args: []any{knownRelationshipGUID},
		},
		{
			name: "restore relationship with GET", method: "GET", path: rel + "/restore",
			class: classRelationship, payload: "relationship", call: "RestoreRelationship", args: []any{knownRelationshipGUID},
		},
	})
}

func TestRelationshipMaintenanceRejectsBadRequests(t *testing.T) {
	rel := "/instances/relationship/" + knownRelationshipGUID
	runOpErrorCases(t, []opErrorCase{
		{name: "add relationship without body", path: "/instances/relationship",
			class: classRelationship, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "add external relationship without body", path: "/instances/relationship/external",
			class: classRelationship, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "add relationship with a number for a GUID", path: "/instances/relationship", body: `{"entityOneGUID":7}`,
			class: classRelationship, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "update properties without body", path: rel + "/properties",
			class: classRelationship, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "delete relationship without body", path: rel + "/delete",
			class: classRelationship, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "purge relationship without body", path: rel + "/purge",
			class: classVoid, exception: ipeHead, code: 400, param: "requestBody"},

		{name: "add relationship with missing end", path: "/instances/relationship", body: requestBody("RelationshipCreateRequest"),
			class: classRelationship, exception: omrsFFDC + "EntityNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindEntityNotKnown)},
		{name: "add relationship with invalid status", path: "/instances/relationship", body: requestBody("RelationshipCreateRequest"),
			class: classRelationship, exception: omrsFFDC + "StatusNotSupportedException", code: 400,
			param: typesystem.NewError(typesystem.KindStatusNotSupported, "", "").ParameterName, failWith: repoError(typesystem.KindStatusNotSupported)},
		{name: "update properties of unknown relationship", path: rel + "/properties", body: requestBody("InstancePropertiesRequest"),
			class: classRelationship, exception: omrsFFDC + "RelationshipNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindRelationshipNotKnown)},
		{name: "delete unknown relationship", path: rel + "/delete", body: requestBody("TypeDefValidationForRequest"),
			class: classRelationship, exception: omrsFFDC + "RelationshipNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindRelationshipNotKnown)},
		{name: "purge live relationship", path: rel + "/purge", body: requestBody("TypeDefValidationForRequest"),
			class: classVoid, exception: omrsFFDC + "RelationshipNotDeletedException", code: 400,
			failWith: repoError(typesystem.KindRelationshipNotDeleted)},
		{name: "restore live relationship", path: rel + "/restore",
			class: classRelationship, exception: omrsFFDC + "RelationshipNotDeletedException", code: 400,
			failWith: repoError(typesystem.KindRelationshipNotDeleted)},
	})
}
