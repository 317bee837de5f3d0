package handlers

import (
	"bytes"
	"errors"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// updateEntityStatus and updateRelationshipStatus are legacy operations:
// Egeria removed them from its server in December 2025, but clients built
// before then still send them.

func updateEntityStatus(s *Server, c *call) (typesystem.Response, error) {
	guid, status, err := readStatusUpdate(c)
	if err != nil {
		return nil, err
	}
	entity, err := s.repo.UpdateEntityStatus(c.ctx(), c.userID, guid, status)
	return entityResult(c, guid, entity, err)
}

func updateRelationshipStatus(s *Server, c *call) (typesystem.Response, error) {
	guid, status, err := readStatusUpdate(c)
	if err != nil {
		return nil, err
	}
	rel, err := s.repo.UpdateRelationshipStatus(c.ctx(), c.userID, guid, status)
	return relationshipResult(c, guid, rel, err)
}

// readStatusUpdate reads the {guid} path value and the new status. Egeria's
// client sends the status as a bare JSON string such as "DELETED". The
// InstanceStatusRequest object, which Egeria defines but never sends, is
// accepted too. The status name is passed on unchecked, so that the
// repository reports an unknown or removed name as
// StatusNotSupportedException.
func readStatusUpdate(c *call) (string, typesystem.InstanceStatus, error) {
	guid, err := c.requiredParam("guid")
	if err != nil {
		return "", "", err
	}
	body := c.body
	if len(body) == 0 || bytes.Equal(body, []byte("null")) {
		return "", "", missingStatus(c.op)
	}

	var name string
	switch body[0] {
	case '"':
		if err := decodeJSON(body, &name); err != nil {
			return "", "", malformedStatus(c.op, err)
		}
	case '{':
		// A plain string member, unlike typesystem.InstanceStatusRequest,
		// keeps unknown names for the repository to report.
		var req struct {
			InstanceStatus *string `json:"instanceStatus"`
		}
		if err := decodeJSON(body, &req); err != nil {
			return "", "", malformedStatus(c.op, err)
		}
		if req.InstanceStatus != nil {
			name = *req.InstanceStatus
		}
	default:
		return "", "", malformedStatus(c.op,
			errors.New("the body is neither a JSON string nor an InstanceStatusRequest object"))
	}

	if name == "" {
		return "", "", missingStatus(c.op)
	}
	c.logFields[statusParameter] = name
	return guid, typesystem.InstanceStatus(name), nil
}
