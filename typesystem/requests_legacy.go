package typesystem

// RelatedEntitiesFindRequest is the legacy getRelatedEntities request.
type RelatedEntitiesFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize                     int      `json:"pageSize"`
	EntityTypeGUIDs              []string `json:"entityTypeGUIDs,omitempty"`
	LimitResultsByClassification []string `json:"limitResultsByClassification,omitempty"`
}

// Class implements Request.
func (RelatedEntitiesFindRequest) Class() string { return "RelatedEntitiesFindRequest" }

// ID implements Request.
func (r RelatedEntitiesFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r RelatedEntitiesFindRequest) MarshalJSON() ([]byte, error) {
	type plain RelatedEntitiesFindRequest
	return marshalWithClass("RelatedEntitiesFindRequest", plain(r))
}

// RelatedEntitiesHistoricalFindRequest is the legacy getRelatedEntities request at a point in time.
type RelatedEntitiesHistoricalFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	SequencingProperty   string           `json:"sequencingProperty,omitempty"`
	SequencingOrder      SequencingOrder  `json:"sequencingOrder,omitempty"`
	// Offset is the index of the first result to return.
	Offset int `json:"offset"`
	// PageSize is the maximum number of results. Zero means no limit.
	PageSize                     int      `json:"pageSize"`
	EntityTypeGUIDs              []string `json:"entityTypeGUIDs,omitempty"`
	LimitResultsByClassification []string `json:"limitResultsByClassification,omitempty"`
	// AsOfTime selects the state at that time. Nil means now.
	AsOfTime *Millis `json:"asOfTime,omitempty"`
}

// Class implements Request.
func (RelatedEntitiesHistoricalFindRequest) Class() string {
	return "RelatedEntitiesHistoricalFindRequest"
}

// ID implements Request.
func (r RelatedEntitiesHistoricalFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r RelatedEntitiesHistoricalFindRequest) MarshalJSON() ([]byte, error) {
	type plain RelatedEntitiesHistoricalFindRequest
	return marshalWithClass("RelatedEntitiesHistoricalFindRequest", plain(r))
}

// EntityNeighborhoodFindRequest is the legacy getEntityNeighborhood request.
type EntityNeighborhoodFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus         []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	EntityTypeGUIDs              []string         `json:"entityTypeGUIDs,omitempty"`
	RelationshipTypeGUIDs        []string         `json:"relationshipTypeGUIDs,omitempty"`
	LimitResultsByClassification []string         `json:"limitResultsByClassification,omitempty"`
}

// Class implements Request.
func (EntityNeighborhoodFindRequest) Class() string { return "EntityNeighborhoodFindRequest" }

// ID implements Request.
func (r EntityNeighborhoodFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r EntityNeighborhoodFindRequest) MarshalJSON() ([]byte, error) {
	type plain EntityNeighborhoodFindRequest
	return marshalWithClass("EntityNeighborhoodFindRequest", plain(r))
}

// EntityNeighborhoodHistoricalFindRequest is the legacy getEntityNeighborhood request at a point in time.
type EntityNeighborhoodHistoricalFindRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// LimitResultsByStatus restricts results to these statuses. Empty means every status except DELETED.
	LimitResultsByStatus         []InstanceStatus `json:"limitResultsByStatus,omitempty"`
	EntityTypeGUIDs              []string         `json:"entityTypeGUIDs,omitempty"`
	RelationshipTypeGUIDs        []string         `json:"relationshipTypeGUIDs,omitempty"`
	LimitResultsByClassification []string         `json:"limitResultsByClassification,omitempty"`
	// AsOfTime selects the state at that time. Nil means now.
	AsOfTime *Millis `json:"asOfTime,omitempty"`
}

// Class implements Request.
func (EntityNeighborhoodHistoricalFindRequest) Class() string {
	return "EntityNeighborhoodHistoricalFindRequest"
}

// ID implements Request.
func (r EntityNeighborhoodHistoricalFindRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r EntityNeighborhoodHistoricalFindRequest) MarshalJSON() ([]byte, error) {
	type plain EntityNeighborhoodHistoricalFindRequest
	return marshalWithClass("EntityNeighborhoodHistoricalFindRequest", plain(r))
}
