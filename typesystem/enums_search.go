package typesystem

import "reflect"

// PropertyComparisonOperator compares a property with the value of a
// PropertyCondition.
type PropertyComparisonOperator string

// PropertyComparisonOperator constants. IN was removed from Egeria in March
// 2026 and NOT_LIKE and the later operators were added in November 2024 and
// March 2026, so older peers send IN and newer peers send the
// CASE_INSENSITIVE_* operators.
const (
	OperatorEQ                        PropertyComparisonOperator = "EQ"
	OperatorNEQ                       PropertyComparisonOperator = "NEQ"
	OperatorLT                        PropertyComparisonOperator = "LT"
	OperatorLTE                       PropertyComparisonOperator = "LTE"
	OperatorGT                        PropertyComparisonOperator = "GT"
	OperatorGTE                       PropertyComparisonOperator = "GTE"
	OperatorIn                        PropertyComparisonOperator = "IN"
	OperatorIsNull                    PropertyComparisonOperator = "IS_NULL"
	OperatorNotNull                   PropertyComparisonOperator = "NOT_NULL"
	OperatorLike                      PropertyComparisonOperator = "LIKE"
	OperatorNotLike                   PropertyComparisonOperator = "NOT_LIKE"
	OperatorCaseInsensitiveLike       PropertyComparisonOperator = "CASE_INSENSITIVE_LIKE"
	OperatorCaseInsensitiveNotLike    PropertyComparisonOperator = "CASE_INSENSITIVE_NOT_LIKE"
	OperatorStartsWith                PropertyComparisonOperator = "STARTS_WITH"
	OperatorEndsWith                  PropertyComparisonOperator = "ENDS_WITH"
	OperatorCaseInsensitiveStartsWith PropertyComparisonOperator = "CASE_INSENSITIVE_STARTS_WITH"
	OperatorCaseInsensitiveEndsWith   PropertyComparisonOperator = "CASE_INSENSITIVE_ENDS_WITH"
	OperatorCaseInsensitiveEQ         PropertyComparisonOperator = "CASE_INSENSITIVE_EQ"
)

var operatorTable = newEnumTable("PropertyComparisonOperator",
	OperatorEQ, 0, OperatorNEQ, 1, OperatorLT, 2, OperatorLTE, 3, OperatorGT, 4, OperatorGTE, 5,
	OperatorIn, 6, OperatorIsNull, 7, OperatorNotNull, 8, OperatorLike, 9, OperatorNotLike, 10,
	OperatorCaseInsensitiveLike, 11, OperatorCaseInsensitiveNotLike, 12, OperatorStartsWith, 13,
	OperatorEndsWith, 14, OperatorCaseInsensitiveStartsWith, 15, OperatorCaseInsensitiveEndsWith, 16,
	OperatorCaseInsensitiveEQ, 17)

// Valid reports whether o is a current or legacy operator constant.
func (o PropertyComparisonOperator) Valid() bool { return operatorTable.valid(string(o)) }

// Ordinal returns Egeria's ordinal for o, or -1.
func (o PropertyComparisonOperator) Ordinal() int { return operatorTable.ordinal(string(o)) }

// UnmarshalJSON implements json.Unmarshaler.
func (o *PropertyComparisonOperator) UnmarshalJSON(data []byte) error {
	v, err := operatorTable.decode(data, reflect.TypeOf(*o))
	if v != "" {
		*o = PropertyComparisonOperator(v)
	}
	return err
}

// MatchCriteria combines the results of several conditions.
type MatchCriteria string

// MatchCriteria constants.
const (
	MatchAll  MatchCriteria = "ALL"
	MatchAny  MatchCriteria = "ANY"
	MatchNone MatchCriteria = "NONE"
)

var matchCriteriaTable = newEnumTable("MatchCriteria", MatchAll, 0, MatchAny, 1, MatchNone, 2)

// Valid reports whether m is a MatchCriteria constant.
func (m MatchCriteria) Valid() bool { return matchCriteriaTable.valid(string(m)) }

// Ordinal returns Egeria's ordinal for m, or -1.
func (m MatchCriteria) Ordinal() int { return matchCriteriaTable.ordinal(string(m)) }

// UnmarshalJSON implements json.Unmarshaler.
func (m *MatchCriteria) UnmarshalJSON(data []byte) error {
	v, err := matchCriteriaTable.decode(data, reflect.TypeOf(*m))
	if v != "" {
		*m = MatchCriteria(v)
	}
	return err
}

// EndMatchCriteria combines the end1 and end2 entity filters of
// findRelationships.
type EndMatchCriteria string

// EndMatchCriteria constants.
const (
	EndMatchBoth EndMatchCriteria = "BOTH"
	EndMatchAny  EndMatchCriteria = "ANY"
	EndMatchNone EndMatchCriteria = "NONE"
)

var endMatchCriteriaTable = newEnumTable("EndMatchCriteria", EndMatchBoth, 0, EndMatchAny, 1, EndMatchNone, 2)

// Valid reports whether m is an EndMatchCriteria constant.
func (m EndMatchCriteria) Valid() bool { return endMatchCriteriaTable.valid(string(m)) }

// Ordinal returns Egeria's ordinal for m, or -1.
func (m EndMatchCriteria) Ordinal() int { return endMatchCriteriaTable.ordinal(string(m)) }

// UnmarshalJSON implements json.Unmarshaler.
func (m *EndMatchCriteria) UnmarshalJSON(data []byte) error {
	v, err := endMatchCriteriaTable.decode(data, reflect.TypeOf(*m))
	if v != "" {
		*m = EndMatchCriteria(v)
	}
	return err
}

// SequencingOrder sorts search results.
type SequencingOrder string

// SequencingOrder constants. The PROPERTY_* orders sort by the request's
// sequencingProperty.
const (
	SequencingAny                SequencingOrder = "ANY"
	SequencingGUID               SequencingOrder = "GUID"
	SequencingCreationDateRecent SequencingOrder = "CREATION_DATE_RECENT"
	SequencingCreationDateOldest SequencingOrder = "CREATION_DATE_OLDEST"
	SequencingLastUpdateRecent   SequencingOrder = "LAST_UPDATE_RECENT"
	SequencingLastUpdateOldest   SequencingOrder = "LAST_UPDATE_OLDEST"
	SequencingPropertyAscending  SequencingOrder = "PROPERTY_ASCENDING"
	SequencingPropertyDescending SequencingOrder = "PROPERTY_DESCENDING"
)

var sequencingOrderTable = newEnumTable("SequencingOrder",
	SequencingAny, 0, SequencingGUID, 1, SequencingCreationDateRecent, 2, SequencingCreationDateOldest, 3,
	SequencingLastUpdateRecent, 4, SequencingLastUpdateOldest, 5, SequencingPropertyAscending, 6,
	SequencingPropertyDescending, 7)

// Valid reports whether s is a SequencingOrder constant.
func (s SequencingOrder) Valid() bool { return sequencingOrderTable.valid(string(s)) }

// Ordinal returns Egeria's ordinal for s, or -1.
func (s SequencingOrder) Ordinal() int { return sequencingOrderTable.ordinal(string(s)) }

// UnmarshalJSON implements json.Unmarshaler.
func (s *SequencingOrder) UnmarshalJSON(data []byte) error {
	v, err := sequencingOrderTable.decode(data, reflect.TypeOf(*s))
	if v != "" {
		*s = SequencingOrder(v)
	}
	return err
}

// HistorySequencingOrder sorts the versions returned by history calls.
type HistorySequencingOrder string

// HistorySequencingOrder constants. A request without an order means
// BACKWARDS, newest first.
const (
	HistoryForwards  HistorySequencingOrder = "FORWARDS"
	HistoryBackwards HistorySequencingOrder = "BACKWARDS"
)

var historyOrderTable = newEnumTable("HistorySequencingOrder", HistoryForwards, 0, HistoryBackwards, 1)

// Valid reports whether h is a HistorySequencingOrder constant.
func (h HistorySequencingOrder) Valid() bool { return historyOrderTable.valid(string(h)) }

// Ordinal returns Egeria's ordinal for h, or -1.
func (h HistorySequencingOrder) Ordinal() int { return historyOrderTable.ordinal(string(h)) }

// UnmarshalJSON implements json.Unmarshaler.
func (h *HistorySequencingOrder) UnmarshalJSON(data []byte) error {
	v, err := historyOrderTable.decode(data, reflect.TypeOf(*h))
	if v != "" {
		*h = HistorySequencingOrder(v)
	}
	return err
}
