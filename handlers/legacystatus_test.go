package handlers

import (
	"testing"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func TestLegacyStatusUpdatesCallRepository(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID + "/status"
	rel := "/instances/relationship/" + knownRelationshipGUID + "/status"
	runOpCases(t, []opCase{
		{name: "entity status as a bare string", path: entity, body: `"DELETED"`,
			class: classEntityDetail, payload: "entity", call: "UpdateEntityStatus",
			args: []any{knownEntityGUID, typesystem.StatusDeleted}},
		{name: "entity status in an InstanceStatusRequest", path: entity,
			body:  requestBody("InstanceStatusRequest", `"instanceStatus":"ACTIVE"`),
			class: classEntityDetail, payload: "entity", call: "UpdateEntityStatus",
			args: []any{knownEntityGUID, typesystem.StatusActive}},
		{name: "entity status with a legacy name", path: entity, body: `"DRAFT"`,
			class: classEntityDetail, payload: "entity", call: "UpdateEntityStatus",
			args: []any{knownEntityGUID, typesystem.StatusDraft}},
		{name: "unknown entity status is left to the repository", path: entity, body: `"SLEEPING"`,
			class: classEntityDetail, payload: "entity", call: "UpdateEntityStatus",
			args: []any{knownEntityGUID, typesystem.InstanceStatus("SLEEPING")}},
		{name: "relationship status as a bare string", path: rel, body: ` "DELETED" `,
			class: classRelationship, payload: "relationship", call: "UpdateRelationshipStatus",
			args: []any{knownRelationshipGUID, typesystem.StatusDeleted}},
		{name: "relationship status in an InstanceStatusRequest", path: rel,
			body:  requestBody("InstanceStatusRequest", `"instanceStatus":"OTHER"`),
			class: classRelationship, payload: "relationship", call: "UpdateRelationshipStatus",
			args: []any{knownRelationshipGUID, typesystem.StatusOther}},
	})
}

func TestLegacyStatusUpdatesRejectBadRequests(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID + "/status"
	rel := "/instances/relationship/" + knownRelationshipGUID + "/status"
	runOpErrorCases(t, []opErrorCase{
		{name: "entity status without body", path: entity,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "newStatus"},
		{name: "entity status null", path: entity, body: "null",
			class: classEntityDetail, exception: ipeHead, code: 400, param: "newStatus"},
		{name: "entity status empty string", path: entity, body: `""`,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "newStatus"},
		{name: "entity status request without status", path: entity, body: requestBody("InstanceStatusRequest"),
			class: classEntityDetail, exception: ipeHead, code: 400, param: "newStatus"},
		{name: "entity status as a number", path: entity, body: "15",
			class: classEntityDetail, exception: ipeHead, code: 400, param: "newStatus"},
		{name: "entity status string not terminated", path: entity, body: `"ACTIVE`,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "newStatus"},
		{name: "entity status request with a number", path: entity, body: `{"instanceStatus":15}`,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "newStatus"},
		{name: "entity status with empty guid", path: "/instances/entity//status", body: `"ACTIVE"`,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "guid"},
		{name: "relationship status without body", path: rel,
			class: classRelationship, exception: ipeHead, code: 400, param: "newStatus"},

		{name: "entity status not supported", path: entity, body: `"DRAFT"`,
			class: classEntityDetail, exception: omrsFFDC + "StatusNotSupportedException", code: 400,
			param: typesystem.NewError(typesystem.KindStatusNotSupported, "", "").ParameterName, failWith: repoError(typesystem.KindStatusNotSupported)},
		{name: "status of unknown relationship", path: rel, body: `"ACTIVE"`,
			class: classRelationship, exception: omrsFFDC + "RelationshipNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindRelationshipNotKnown)},
	})
}
