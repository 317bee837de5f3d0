package queries

import "fmt"

// SequencingOrder names an OMRS result order; the values are Egeria's
// SequencingOrder constant names.
type SequencingOrder string

// The OMRS sequencing orders.
const (
	OrderAny                SequencingOrder = "ANY"
	OrderGUID               SequencingOrder = "GUID"
	OrderCreationDateRecent SequencingOrder = "CREATION_DATE_RECENT"
	OrderCreationDateOldest SequencingOrder = "CREATION_DATE_OLDEST"
	OrderLastUpdateRecent   SequencingOrder = "LAST_UPDATE_RECENT"
	OrderLastUpdateOldest   SequencingOrder = "LAST_UPDATE_OLDEST"
	OrderPropertyAscending  SequencingOrder = "PROPERTY_ASCENDING"
	OrderPropertyDescending SequencingOrder = "PROPERTY_DESCENDING"
)

// orderClause returns the ORDER BY clause for variable v. Every order ends
// with the GUID so that equal keys still sort the same way on every call and
// pages never overlap. ANY (or an empty order) is newest first. For the
// PROPERTY orders the property key travels as $sequencingProperty, and
// instances without the property sort first when ascending and last when
// descending.
func orderClause(v string, order SequencingOrder) (string, error) {
	switch order {
	case "", OrderAny, OrderCreationDateRecent:
		return fmt.Sprintf("ORDER BY %[1]s.createTime DESC, %[1]s.guid ASC", v), nil
	case OrderGUID:
		return fmt.Sprintf("ORDER BY %s.guid ASC", v), nil
	case OrderCreationDateOldest:
		return fmt.Sprintf("ORDER BY %[1]s.createTime ASC, %[1]s.guid ASC", v), nil
	case OrderLastUpdateRecent:
		return fmt.Sprintf("ORDER BY %[1]s.updateTime DESC, %[1]s.guid ASC", v), nil
	case OrderLastUpdateOldest:
		return fmt.Sprintf("ORDER BY %[1]s.updateTime ASC, %[1]s.guid ASC", v), nil
	case OrderPropertyAscending:
		return fmt.Sprintf("ORDER BY %[1]s[$sequencingProperty] IS NOT NULL ASC, %[1]s[$sequencingProperty] ASC, %[1]s.guid ASC", v), nil
	case OrderPropertyDescending:
		return fmt.Sprintf("ORDER BY %[1]s[$sequencingProperty] IS NULL ASC, %[1]s[$sequencingProperty] DESC, %[1]s.guid ASC", v), nil
	}
	return "", fmt.Errorf("unknown sequencing order %q", order)
}

// NeedsProperty reports whether order sorts by a property value.
func (order SequencingOrder) NeedsProperty() bool {
	return order == OrderPropertyAscending || order == OrderPropertyDescending
}
