package typesystem

// OMRSAPIFindRequest filters results by status.
type OMRSAPIFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
}

// Class implements Request.
func (OMRSAPIFindRequest) Class() string { return "OMRSAPIFindRequest" }

// ID implements Request.
func (r OMRSAPIFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r OMRSAPIFindRequest) MarshalJSON() ([]byte, error) {
	type plain OMRSAPIFindRequest
	return marshalWithClass("OMRSAPIFindRequest", plain(r))
}

// OMRSAPIHistoricalFindRequest filters results by status at a point in time.
type OMRSAPIHistoricalFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	// AsOfTime selects the state at that time. Nil means now.
	AsOfTime *Millis `json:"asOfTime,omitempty"`
}

// Class implements Request.
func (OMRSAPIHistoricalFindRequest) Class() string { return "OMRSAPIHistoricalFindRequest" }

// ID implements Request.
func (r OMRSAPIHistoricalFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r OMRSAPIHistoricalFindRequest) MarshalJSON() ([]byte, error) {
	type plain OMRSAPIHistoricalFindRequest
	return marshalWithClass("OMRSAPIHistoricalFindRequest", plain(r))
}

// OMRSAPIPagedFindRequest carries the status filter, sorting and paging of find requests.
type OMRSAPIPagedFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
}

// Class implements Request.
func (OMRSAPIPagedFindRequest) Class() string { return "OMRSAPIPagedFindRequest" }

// ID implements Request.
func (r OMRSAPIPagedFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r OMRSAPIPagedFindRequest) MarshalJSON() ([]byte, error) {
	type plain OMRSAPIPagedFindRequest
	return marshalWithClass("OMRSAPIPagedFindRequest", plain(r))
}

// TypeLimitedFindRequest is a paged find limited to one type.
type TypeLimitedFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
}

// Class implements Request.
func (TypeLimitedFindRequest) Class() string { return "TypeLimitedFindRequest" }

// ID implements Request.
func (r TypeLimitedFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeLimitedFindRequest) MarshalJSON() ([]byte, error) {
	type plain TypeLimitedFindRequest
	return marshalWithClass("TypeLimitedFindRequest", plain(r))
}

// TypeLimitedHistoricalFindRequest is a TypeLimitedFindRequest at a point in time.
type TypeLimitedHistoricalFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// AsOfTime selects the state at that time. Nil means now.
	AsOfTime *Millis `json:"asOfTime,omitempty"`
}

// Class implements Request.
func (TypeLimitedHistoricalFindRequest) Class() string { return "TypeLimitedHistoricalFindRequest" }

// ID implements Request.
func (r TypeLimitedHistoricalFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeLimitedHistoricalFindRequest) MarshalJSON() ([]byte, error) {
	type plain TypeLimitedHistoricalFindRequest
	return marshalWithClass("TypeLimitedHistoricalFindRequest", plain(r))
}

// SubtypeLimitedFindRequest is a TypeLimitedFindRequest that can also name subtypes.
type SubtypeLimitedFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// SubtypeGUIDs limits results to these subtypes of TypeGUID.
	SubtypeGUIDs []string `json:"subtypeGUIDs,omitempty"`
}

// Class implements Request.
func (SubtypeLimitedFindRequest) Class() string { return "SubtypeLimitedFindRequest" }

// ID implements Request.
func (r SubtypeLimitedFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r SubtypeLimitedFindRequest) MarshalJSON() ([]byte, error) {
	type plain SubtypeLimitedFindRequest
	return marshalWithClass("SubtypeLimitedFindRequest", plain(r))
}

// InstanceFindRequest is a find request with search conditions.
type InstanceFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// SubtypeGUIDs limits results to these subtypes of TypeGUID.
	SubtypeGUIDs    []string          `json:"subtypeGUIDs,omitempty"`
	MatchProperties *SearchProperties `json:"matchProperties,omitempty"`
}

// Class implements Request.
func (InstanceFindRequest) Class() string { return "InstanceFindRequest" }

// ID implements Request.
func (r InstanceFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r InstanceFindRequest) MarshalJSON() ([]byte, error) {
	type plain InstanceFindRequest
	return marshalWithClass("InstanceFindRequest", plain(r))
}

// EntityFindRequest is the findEntities request.
type EntityFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// SubtypeGUIDs limits results to these subtypes of TypeGUID.
	SubtypeGUIDs         []string               `json:"subtypeGUIDs,omitempty"`
	MatchProperties      *SearchProperties      `json:"matchProperties,omitempty"`
	MatchClassifications *SearchClassifications `json:"matchClassifications,omitempty"`
}

// Class implements Request.
func (EntityFindRequest) Class() string { return "EntityFindRequest" }

// ID implements Request.
func (r EntityFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r EntityFindRequest) MarshalJSON() ([]byte, error) {
	type plain EntityFindRequest
	return marshalWithClass("EntityFindRequest", plain(r))
}

// EntityHistoricalFindRequest is the findEntities request at a point in time.
type EntityHistoricalFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// SubtypeGUIDs limits results to these subtypes of TypeGUID.
	SubtypeGUIDs         []string               `json:"subtypeGUIDs,omitempty"`
	MatchProperties      *SearchProperties      `json:"matchProperties,omitempty"`
	MatchClassifications *SearchClassifications `json:"matchClassifications,omitempty"`
	// AsOfTime selects the state at that time. Nil means now.
	AsOfTime *Millis `json:"asOfTime,omitempty"`
}

// Class implements Request.
func (EntityHistoricalFindRequest) Class() string { return "EntityHistoricalFindRequest" }

// ID implements Request.
func (r EntityHistoricalFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r EntityHistoricalFindRequest) MarshalJSON() ([]byte, error) {
	type plain EntityHistoricalFindRequest
	return marshalWithClass("EntityHistoricalFindRequest", plain(r))
}

// RelationshipFindRequest is the findRelationships request.
type RelationshipFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// SubtypeGUIDs limits results to these subtypes of TypeGUID.
	SubtypeGUIDs     []string          `json:"subtypeGUIDs,omitempty"`
	MatchProperties  *SearchProperties `json:"matchProperties,omitempty"`
	End1EntityGUIDs  []string          `json:"end1EntityGUIDs,omitempty"`
	End2EntityGUIDs  []string          `json:"end2EntityGUIDs,omitempty"`
	EndMatchCriteria EndMatchCriteria  `json:"endMatchCriteria,omitempty"`
}

// Class implements Request.
func (RelationshipFindRequest) Class() string { return "RelationshipFindRequest" }

// ID implements Request.
func (r RelationshipFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r RelationshipFindRequest) MarshalJSON() ([]byte, error) {
	type plain RelationshipFindRequest
	return marshalWithClass("RelationshipFindRequest", plain(r))
}

// RelationshipHistoricalFindRequest is the findRelationships request at a point in time.
type RelationshipHistoricalFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// SubtypeGUIDs limits results to these subtypes of TypeGUID.
	SubtypeGUIDs     []string          `json:"subtypeGUIDs,omitempty"`
	MatchProperties  *SearchProperties `json:"matchProperties,omitempty"`
	End1EntityGUIDs  []string          `json:"end1EntityGUIDs,omitempty"`
	End2EntityGUIDs  []string          `json:"end2EntityGUIDs,omitempty"`
	EndMatchCriteria EndMatchCriteria  `json:"endMatchCriteria,omitempty"`
	// AsOfTime selects the state at that time. Nil means now.
	AsOfTime *Millis `json:"asOfTime,omitempty"`
}

// Class implements Request.
func (RelationshipHistoricalFindRequest) Class() string { return "RelationshipHistoricalFindRequest" }

// ID implements Request.
func (r RelationshipHistoricalFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r RelationshipHistoricalFindRequest) MarshalJSON() ([]byte, error) {
	type plain RelationshipHistoricalFindRequest
	return marshalWithClass("RelationshipHistoricalFindRequest", plain(r))
}

// PropertyMatchFindRequest matches instances against property values, for findRelationshipsByProperty and findEntitiesByClassification.
type PropertyMatchFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// MatchProperties holds the values to match. String values are Java regular expressions.
	MatchProperties *InstanceProperties `json:"matchProperties,omitempty"`
	MatchCriteria   MatchCriteria       `json:"matchCriteria,omitempty"`
}

// Class implements Request.
func (PropertyMatchFindRequest) Class() string { return "PropertyMatchFindRequest" }

// ID implements Request.
func (r PropertyMatchFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r PropertyMatchFindRequest) MarshalJSON() ([]byte, error) {
	type plain PropertyMatchFindRequest
	return marshalWithClass("PropertyMatchFindRequest", plain(r))
}

// PropertyMatchHistoricalFindRequest is a PropertyMatchFindRequest at a point in time.
type PropertyMatchHistoricalFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// MatchProperties holds the values to match. String values are Java regular expressions.
	MatchProperties *InstanceProperties `json:"matchProperties,omitempty"`
	MatchCriteria   MatchCriteria       `json:"matchCriteria,omitempty"`
	// AsOfTime selects the state at that time. Nil means now.
	AsOfTime *Millis `json:"asOfTime,omitempty"`
}

// Class implements Request.
func (PropertyMatchHistoricalFindRequest) Class() string { return "PropertyMatchHistoricalFindRequest" }

// ID implements Request.
func (r PropertyMatchHistoricalFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r PropertyMatchHistoricalFindRequest) MarshalJSON() ([]byte, error) {
	type plain PropertyMatchHistoricalFindRequest
	return marshalWithClass("PropertyMatchHistoricalFindRequest", plain(r))
}

// EntityPropertyFindRequest is the findEntitiesByProperty and findEntitiesByPropertyValue request.
type EntityPropertyFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// MatchProperties holds the values to match. String values are Java regular expressions.
	MatchProperties              *InstanceProperties `json:"matchProperties,omitempty"`
	MatchCriteria                MatchCriteria       `json:"matchCriteria,omitempty"`
	LimitResultsByClassification []string            `json:"limitResultsByClassification,omitempty"`
}

// Class implements Request.
func (EntityPropertyFindRequest) Class() string { return "EntityPropertyFindRequest" }

// ID implements Request.
func (r EntityPropertyFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r EntityPropertyFindRequest) MarshalJSON() ([]byte, error) {
	type plain EntityPropertyFindRequest
	return marshalWithClass("EntityPropertyFindRequest", plain(r))
}

// EntityPropertyHistoricalFindRequest is an EntityPropertyFindRequest at a point in time.
type EntityPropertyHistoricalFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize int `json:"pageSize"`
	// TypeGUID limits results to this type and its subtypes. Empty means all types.
	TypeGUID string `json:"typeGUID,omitempty"`
	// MatchProperties holds the values to match. String values are Java regular expressions.
	MatchProperties              *InstanceProperties `json:"matchProperties,omitempty"`
	MatchCriteria                MatchCriteria       `json:"matchCriteria,omitempty"`
	LimitResultsByClassification []string            `json:"limitResultsByClassification,omitempty"`
	// AsOfTime selects the state at that time. Nil means now.
	AsOfTime *Millis `json:"asOfTime,omitempty"`
}

// Class implements Request.
func (EntityPropertyHistoricalFindRequest) Class() string {
	return "EntityPropertyHistoricalFindRequest"
}

// ID implements Request.
func (r EntityPropertyHistoricalFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r EntityPropertyHistoricalFindRequest) MarshalJSON() ([]byte, error) {
	type plain EntityPropertyHistoricalFindRequest
	return marshalWithClass("EntityPropertyHistoricalFindRequest", plain(r))
}
