package typesystem

// SearchProperties is a set of property conditions combined by
// MatchCriteria, used by findEntities and findRelationships.
type SearchProperties struct {
	Conditions    []*PropertyCondition `json:"conditions,omitempty"`
	MatchCriteria MatchCriteria        `json:"matchCriteria,omitempty"`
}

// PropertyCondition compares one property, or one header pseudo-property such
// as "guid" or "createTime", with Value. A condition with NestedConditions
// evaluates them instead.
type PropertyCondition struct {
	Property         string                     `json:"property,omitempty"`
	Operator         PropertyComparisonOperator `json:"operator,omitempty"`
	Value            *PropertyValue             `json:"value,omitempty"`
	NestedConditions *SearchProperties          `json:"nestedConditions,omitempty"`
}

// SearchClassifications is a set of classification conditions combined by
// MatchCriteria.
type SearchClassifications struct {
	Conditions    []*ClassificationCondition `json:"conditions,omitempty"`
	MatchCriteria MatchCriteria              `json:"matchCriteria,omitempty"`
}

// ClassificationCondition requires a classification with the given name whose
// properties match MatchProperties.
type ClassificationCondition struct {
	Name            string            `json:"name,omitempty"`
	MatchProperties *SearchProperties `json:"matchProperties,omitempty"`
}
