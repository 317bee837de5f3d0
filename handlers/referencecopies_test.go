package handlers

import (
	"testing"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// remoteHome is the metadata collection id of the home of the reference
// copies in these tests.
const remoteHome = "remote-home-0001"

func TestReferenceCopiesCallRepository(t *testing.T) {
	entityJSON := toJSON(t, testEntity())
	proxyJSON := toJSON(t, testProxy(proxyEntityGUID))
	relJSON := toJSON(t, testRelationship())
	classificationJSON := toJSON(t, testClassification())
	entity := decodeAs[typesystem.EntityDetail](t, entityJSON)
	proxy := decodeAs[typesystem.EntityProxy](t, proxyJSON)
	rel := decodeAs[typesystem.Relationship](t, relJSON)
	classification := decodeAs[typesystem.Classification](t, classificationJSON)
	var noEntity *typesystem.EntityDetail
	var noProxy *typesystem.EntityProxy

	entityBody := requestBody("EntityDetailRequest", `"entity":`+entityJSON)
	relBody := requestBody("RelationshipRequest", `"relationship":`+relJSON)
	entityValidation := requestBody("TypeDefValidationForRequest", assetValidation)
	relValidation := requestBody("TypeDefValidationForRequest", linkValidation)
	entityCopy := "/instances/entities/reference-copy/" + knownEntityGUID
	relCopy := "/instances/relationships/reference-copy/" + knownRelationshipGUID

	runOpCases(t, []opCase{
		{name: "save entity", path: "/instances/entities/reference-copy", body: entityBody,
			class: classVoid, call: "SaveEntityReferenceCopy", args: []any{entity}},
		{name: "delete entity", path: "/instances/entities/reference-copy/delete", body: entityBody,
			class: classVoid, call: "DeleteEntityReferenceCopy", args: []any{entity}},
		{name: "purge entity", path: "/instances/entities/reference-copy/purge", body: entityBody,
			class: classVoid, call: "PurgeEntityReferenceCopy", args: []any{entity}},
		{name: "purge entity by GUID", path: entityCopy + "/purge?homeMetadataCollectionId=" + remoteHome, body: entityValidation,
			class: classVoid, call: "PurgeEntityReferenceCopyByID",
			args: []any{knownEntityGUID, "guid-of-Asset", "Asset", remoteHome}},
		{name: "refresh entity", path: entityCopy + "/refresh?homeMetadataCollectionId=" + remoteHome, body: entityValidation,
			class: classVoid, call: "RefreshEntityReferenceCopy",
			args: []any{knownEntityGUID, "guid-of-Asset", "Asset", remoteHome}},
		{name: "save classification with entity", path: "/instances/entities/classifications/reference-copy",
			body:  requestBody("ClassificationWithEntityRequest", `"classification":`+classificationJSON, `"entity":`+entityJSON),
			class: classVoid, call: "SaveClassificationReferenceCopy", args: []any{entity, noProxy, classification}},
		{name: "save classification with proxy", path: "/instances/entities/classifications/reference-copy",
			body:  requestBody("ClassificationWithEntityRequest", `"classification":`+classificationJSON, `"entityProxy":`+proxyJSON),
			class: classVoid, call: "SaveClassificationReferenceCopy", args: []any{noEntity, proxy, classification}},
		{name: "purge classification passes both entity forms", path: "/instances/entities/classifications/reference-copy/purge",
			body: requestBody("ClassificationWithEntityRequest", `"classification":`+classificationJSON,
				`"entity":`+entityJSON, `"entityProxy":`+proxyJSON),
			class: classVoid, call: "PurgeClassificationReferenceCopy", args: []any{entity, proxy, classification}},
		{name: "save relationship", path: "/instances/relationships/reference-copy", body: relBody,
			class: classVoid, call: "SaveRelationshipReferenceCopy", args: []any{rel}},
		{name: "delete relationship", path: "/instances/relationships/reference-copy/delete", body: relBody,
			class: classVoid, call: "DeleteRelationshipReferenceCopy", args: []any{rel}},
		{name: "purge relationship", path: "/instances/relationships/reference-copy/purge", body: relBody,
			class: classVoid, call: "PurgeRelationshipReferenceCopy", args: []any{rel}},
		{name: "purge relationship by GUID", path: relCopy + "/purge?homeMetadataCollectionId=" + remoteHome, body: relValidation,
			class: classVoid, call: "PurgeRelationshipReferenceCopyByID",
			args: []any{knownRelationshipGUID, "guid-of-AssetSchemaType", "AssetSchemaType", remoteHome}},
		{name: "refresh relationship", path: relCopy + "/refresh?homeMetadataCollectionId=" + remoteHome, body: relValidation,
			class: classVoid, call: "RefreshRelationshipReferenceCopy",
			args: []any{knownRelationshipGUID, "guid-of-AssetSchemaType", "AssetSchemaType", remoteHome}},
		{name: "save instances", path: "/instances",
			body: requestBody("InstanceGraphRequest", `"entityElementList":[`+entityJSON+`,`+entityJSON+`]`,
				`"relationshipElementList":[`+relJSON+`]`),
			class: classVoid, call: "SaveInstanceReferenceCopies",
			args: []any{[]*typesystem.EntityDetail{entity, entity}, []*typesystem.Relationship{rel}}},
		{name: "save instances with empty lists", path: "/instances", body: requestBody("InstanceGraphRequest"),
			class: classVoid, call: "SaveInstanceReferenceCopies",
			args: []any{[]*typesystem.EntityDetail(nil), []*typesystem.Relationship(nil)}},
	})
}

func TestReferenceCopiesRejectBadRequests(t *testing.T) {
	entityJSON := toJSON(t, testEntity())
	classificationJSON := toJSON(t, testClassification())
	entityCopy := "/instances/entities/reference-copy/" + knownEntityGUID
	relCopy := "/instances/relationships/reference-copy/" + knownRelationshipGUID
	validation := requestBody("TypeDefValidationForRequest", assetValidation)
	home := "?homeMetadataCollectionId=" + remoteHome
	runOpErrorCases(t, []opErrorCase{
		{name: "save entity without body", path: "/instances/entities/reference-copy",
			class: classVoid, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "save entity without entity", path: "/instances/entities/reference-copy", body: requestBody("EntityDetailRequest"),
			class: classVoid, exception: ipeHead, code: 400, param: "entity"},
		{name: "delete entity without entity", path: "/instances/entities/reference-copy/delete", body: `{"entity":null}`,
			class: classVoid, exception: ipeHead, code: 400, param: "entity"},
		{name: "purge entity without entity", path: "/instances/entities/reference-copy/purge", body: requestBody("EntityDetailRequest"),
			class: classVoid, exception: ipeHead, code: 400, param: "entity"},
		{name: "purge entity by GUID without home", path: entityCopy + "/purge", body: validation,
			class: classVoid, exception: ipeHead, code: 400, param: "homeMetadataCollectionId"},
		{name: "purge entity by GUID without body", path: entityCopy + "/purge" + home,
			class: classVoid, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "refresh entity without home", path: entityCopy + "/refresh?homeMetadataCollectionId=", body: validation,
			class: classVoid, exception: ipeHead, code: 400, param: "homeMetadataCollectionId"},
		{name: "save classification without classification", path: "/instances/entities/classifications/reference-copy",
			body:  requestBody("ClassificationWithEntityRequest", `"entity":`+entityJSON),
			class: classVoid, exception: ipeHead, code: 400, param: "classification"},
		{name: "save classification without entity", path: "/instances/entities/classifications/reference-copy",
			body:  requestBody("ClassificationWithEntityRequest", `"classification":`+classificationJSON),
			class: classVoid, exception: ipeHead, code: 400, param: "entity"},
		{name: "purge classification without body", path: "/instances/entities/classifications/reference-copy/purge",
			class: classVoid, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "save relationship without relationship", path: "/instances/relationships/reference-copy", body: requestBody("RelationshipRequest"),
			class: classVoid, exception: ipeHead, code: 400, param: "relationship"},
		{name: "delete relationship without body", path: "/instances/relationships/reference-copy/delete",
			class: classVoid, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "purge relationship without relationship", path: "/instances/relationships/reference-copy/purge", body: requestBody("RelationshipRequest"),
			class: classVoid, exception: ipeHead, code: 400, param: "relationship"},
		{name: "purge relationship by GUID without home", path: relCopy + "/purge", body: validation,
			class: classVoid, exception: ipeHead, code: 400, param: "homeMetadataCollectionId"},
		{name: "refresh relationship without body", path: relCopy + "/refresh" + home,
			class: classVoid, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "save instances without body", path: "/instances",
			class: classVoid, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "save instances with a null entity", path: "/instances",
			body:  requestBody("InstanceGraphRequest", `"entityElementList":[`+entityJSON+`,null]`),
			class: classVoid, exception: ipeHead, code: 400, param: "entityElementList"},
		{name: "save instances with a null relationship", path: "/instances",
			body:  requestBody("InstanceGraphRequest", `"relationshipElementList":[null]`),
			class: classVoid, exception: ipeHead, code: 400, param: "relationshipElementList"},

		{name: "save entity homed here", path: "/instances/entities/reference-copy", body: requestBody("EntityDetailRequest", `"entity":{}`),
			class: classVoid, exception: omrsFFDC + "HomeEntityException", code: 400,
			failWith: repoError(typesystem.KindHomeEntity)},
		{name: "delete entity with GUID clash", path: "/instances/entities/reference-copy/delete", body: requestBody("EntityDetailRequest", `"entity":{}`),
			class: classVoid, exception: omrsFFDC + "EntityConflictException", code: 400,
			failWith: repoError(typesystem.KindEntityConflict)},
		{name: "purge unknown entity by GUID", path: entityCopy + "/purge" + home, body: validation,
			class: classVoid, exception: omrsFFDC + "EntityNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindEntityNotKnown)},
		{name: "refresh without cohort", path: entityCopy + "/refresh" + home, body: validation,
			class: classVoid, exception: omrsFFDC + "FunctionNotSupportedException", code: 501,
			failWith: repoError(typesystem.KindFunctionNotSupported)},
		{name: "save invalid classification", path: "/instances/entities/classifications/reference-copy",
			body:  requestBody("ClassificationWithEntityRequest", `"classification":{}`, `"entityProxy":{}`),
			class: classVoid, exception: omrsFFDC + "InvalidEntityException", code: 400,
			failWith: repoError(typesystem.KindInvalidEntity)},
		{name: "save relationship homed here", path: "/instances/relationships/reference-copy", body: requestBody("RelationshipRequest", `"relationship":{}`),
			class: classVoid, exception: omrsFFDC + "HomeRelationshipException", code: 400,
			failWith: repoError(typesystem.KindHomeRelationship)},
		{name: "purge relationship with GUID clash", path: "/instances/relationships/reference-copy/purge", body: requestBody("RelationshipRequest", `"relationship":{}`),
			class: classVoid, exception: omrsFFDC + "RelationshipConflictException", code: 400,
			failWith: repoError(typesystem.KindRelationshipConflict)},
		{name: "refresh relationship homed here", path: relCopy + "/refresh" + home, body: validation,
			class: classVoid, exception: omrsFFDC + "HomeRelationshipException", code: 400,
			failWith: repoError(typesystem.KindHomeRelationship)},
		{name: "save instances with invalid relationship", path: "/instances", body: requestBody("InstanceGraphRequest"),
			class: classVoid, exception: omrsFFDC + "InvalidRelationshipException", code: 400,
			failWith: repoError(typesystem.KindInvalidRelationship)},
	})
}
