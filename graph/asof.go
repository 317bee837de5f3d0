package graph

import (
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
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
