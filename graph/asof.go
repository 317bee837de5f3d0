package graph

import (
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// versionState says which stored version, if any, was valid at a time.
type versionState int

const (
	validNow      versionState = iota // the current version was valid then
	notYetCreated                     // the instance did not exist then
	olderVersion                      // an earlier version was valid then
)

// checkAsOfTime rejects an asOfTime in the future, which OMRS forbids.
func (s *Store) checkAsOfTime(asOfTime *typesystem.Millis, op string) error {
	if asOfTime == nil {
		return nil
	}
	if int64(*asOfTime) > s.now() {
		return typesystem.NewError(typesystem.KindInvalidParameter, "asOfTime",
			"%s was given asOfTime %s, which is in the future; pass a past time or none for now", op, asOfTime.String())
	}
	return nil
}

// stateAt returns which version of the instance with header h was valid at
// asOfTime (nil means now). A version is valid from its updateTime (its
// createTime for version 1), inclusive.
func stateAt(h *typesystem.InstanceAuditHeader, asOfTime *typesystem.Millis) versionState {
	if asOfTime == nil {
		return validNow
	}
	start := h.UpdateTime
	if start == nil {
		start = h.CreateTime
	}
	if h.CreateTime != nil && *asOfTime < *h.CreateTime {
		return notYetCreated
	}
	if start == nil || *asOfTime >= *start {
		return validNow
	}
	return olderVersion
}

// historyNotKept is returned for a read at a time when an earlier version of
// the instance was valid.
func historyNotKept(op, guid string) error {
	// TODO: earlier versions are not kept yet, so reads at times between an
	// instance's creation and its last change cannot be answered.
	return typesystem.NewError(typesystem.KindFunctionNotSupported, "asOfTime",
		"%s cannot return instance %s as of that time: this repository does not keep earlier versions yet; "+
			"ask for a time at or after the instance's last update, or for no time", op, guid)
}
