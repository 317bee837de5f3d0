package typesystem

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRequestsDecodeWithOrWithoutClass(t *testing.T) {
	bodies := []string{
		`{"class":"EntityFindRequest","requestId":"r-1","typeGUID":"t","offset":5,"pageSize":50,"sequencingOrder":"CREATION_DATE_RECENT","limitResultsByStatus":["ACTIVE"],"futureField":{"x":1}}`,
		`{"requestId":"r-1","typeGUID":"t","offset":5,"pageSize":50,"sequencingOrder":"CREATION_DATE_RECENT","limitResultsByStatus":["ACTIVE"]}`,
	}
	for i, body := range bodies {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			var req EntityFindRequest
			require.NoError(t, json.Unmarshal([]byte(body), &req))
			require.Equal(t, "r-1", req.ID())
			require.Equal(t, "t", req.TypeGUID)
			require.Equal(t, 5, req.Offset)
			require.Equal(t, 50, req.PageSize)
			require.Equal(t, SequencingCreationDateRecent, req.SequencingOrder)
			require.Equal(t, []InstanceStatus{StatusActive}, req.LimitResultsByStatus)
		})
	}
}

func TestEntityFindRequestSearchBeans(t *testing.T) {
	body := `{
	  "class": "EntityFindRequest", "requestId": "r",
	  "typeGUID": "asset",
	  "matchProperties": {"matchCriteria": "ALL", "conditions": [
	    {"property": "qualifiedName", "operator": "LIKE",
	     "value": {"class": "PrimitivePropertyValue", "instancePropertyCategory": "PRIMITIVE",
	               "primitiveDefCategory": "OM_PRIMITIVE_TYPE_STRING", "primitiveValue": "sales"}}]},
	  "matchClassifications": {"matchCriteria": "ALL", "conditions": [
	    {"name": "Confidentiality", "matchProperties": {"matchCriteria": "ALL", "conditions": [
	      {"property": "level", "operator": "GTE",
	       "value": {"class": "PrimitivePropertyValue", "instancePropertyCategory": "PRIMITIVE",
	                 "primitiveDefCategory": "OM_PRIMITIVE_TYPE_INT", "primitiveValue": 2}}]}}]},
	  "limitResultsByStatus": ["ACTIVE"], "sequencingOrder": "CREATION_DATE_RECENT", "offset": 0, "pageSize": 50
	}`
	var req EntityFindRequest
	require.NoError(t, json.Unmarshal([]byte(body), &req))

	condition := req.MatchProperties.Conditions[0]
	require.Equal(t, OperatorLike, condition.Operator)
	text, ok := condition.Value.Text()
	require.True(t, ok)
	require.Equal(t, "sales", text)

	classification := req.MatchClassifications.Conditions[0]
	require.Equal(t, "Confidentiality", classification.Name)
	level, ok := classification.MatchProperties.Conditions[0].Value.Int64()
	require.True(t, ok)
	require.Equal(t, int64(2), level)

	encoded, err := json.Marshal(req)
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(string(encoded), `{"class":"EntityFindRequest",`))
	require.NotContains(t, string(encoded), `"class":"SearchProperties"`)
}

func TestRequestsMarshalClassFirst(t *testing.T) {
	requests := []Request{
		GetRequest{}, HistoryRequest{}, HistoryRangeRequest{}, OMRSAPIFindRequest{}, OMRSAPIHistoricalFindRequest{},
		OMRSAPIPagedFindRequest{}, TypeLimitedFindRequest{}, TypeLimitedHistoricalFindRequest{}, SubtypeLimitedFindRequest{},
		InstanceFindRequest{}, EntityFindRequest{}, EntityHistoricalFindRequest{}, RelationshipFindRequest{},
		RelationshipHistoricalFindRequest{}, PropertyMatchFindRequest{}, PropertyMatchHistoricalFindRequest{},
		EntityPropertyFindRequest{}, EntityPropertyHistoricalFindRequest{}, RelatedEntitiesFindRequest{},
		RelatedEntitiesHistoricalFindRequest{}, EntityNeighborhoodFindRequest{}, EntityNeighborhoodHistoricalFindRequest{},
		TypeDefCategoryRequest{}, AttributeTypeDefCategoryRequest{}, TypeDefPropertiesRequest{}, TypeDefRequest{},
		AttributeTypeDefRequest{}, TypeDefGalleryRequest{}, TypeDefPatchRequest{}, TypeDefDeleteRequest{},
		TypeDefReIdentifyRequest{}, TypeDefValidationForRequest{}, TypeDefChangeRequest{}, InstancePropertiesRequest{},
		ProxyClassificationRequest{}, ClassificationRequest{}, ClassificationProxyRequest{}, ClassificationWithEntityRequest{},
		EntityCreateRequest{}, RelationshipCreateRequest{}, EntityProxyRequest{}, EntityDetailRequest{},
		RelationshipRequest{}, InstanceGraphRequest{}, InstanceStatusRequest{},
	}
	for _, req := range requests {
		t.Run(req.Class(), func(t *testing.T) {
			data, err := json.Marshal(req)
			require.NoError(t, err)
			require.True(t, strings.HasPrefix(string(data), `{"class":"`+req.Class()+`"`), string(data))
		})
	}
}

func TestPagedRequestWritesPaging(t *testing.T) {
	data, err := json.Marshal(TypeLimitedFindRequest{RequestID: "r"})
	require.NoError(t, err)
	require.JSONEq(t, `{"class":"TypeLimitedFindRequest","requestId":"r","offset":0,"pageSize":0}`, string(data))
}

func TestTypeDefPropertiesKeepNumbers(t *testing.T) {
	var req TypeDefPropertiesRequest
	require.NoError(t, json.Unmarshal([]byte(`{"typeDefProperties":{"typeDefProperties":{"qualifiedName":"x","count":3}}}`), &req))
	require.Equal(t, json.Number("3"), req.TypeDefProperties.TypeDefProperties["count"])
}

func TestResponsesMarshalEnvelope(t *testing.T) {
	for class := range responseConstructors {
		t.Run(class, func(t *testing.T) {
			response, ok := NewResponse(class)
			require.True(t, ok)
			require.Equal(t, class, response.Class())
			response.Envelope().RequestID = "r-9"

			data, err := json.Marshal(response)
			require.NoError(t, err)
			require.True(t, strings.HasPrefix(string(data), `{"class":"`+class+`",`), string(data))
			require.Contains(t, string(data), `"relatedHTTPCode":200`)
			require.Contains(t, string(data), `"requestId":"r-9"`)
		})
	}
	_, ok := NewResponse("OMRSAPIResponse")
	require.False(t, ok)
}

func TestPagedResponses(t *testing.T) {
	data, err := json.Marshal(&EntityListResponse{})
	require.NoError(t, err)
	require.JSONEq(t, `{"class":"EntityListResponse","relatedHTTPCode":200,"offset":0,"pageSize":0}`, string(data))

	data, err = json.Marshal(&BooleanResponse{})
	require.NoError(t, err)
	require.JSONEq(t, `{"class":"BooleanResponse","relatedHTTPCode":200,"flag":false}`, string(data))

	data, err = json.Marshal(&RelationshipListResponse{Relationships: []*Relationship{{InstanceHeader: InstanceHeader{GUID: "r"}}}, Offset: 10, PageSize: 5})
	require.NoError(t, err)
	require.Contains(t, string(data), `"relationships":[{"class":"Relationship"`)
	require.Contains(t, string(data), `"offset":10`)
}

func TestSetException(t *testing.T) {
	tests := []struct {
		name      string
		err       error
		legacy    bool
		wantClass string
		wantCode  int
		wantProps map[string]any
		wantID    string
	}{
		{"entity not known", NewError(KindEntityNotKnown, "", "no entity with guid %s is stored; check the GUID", "e-1"), false,
			"org.odpi.openmetadata.repositoryservices.ffdc.exception.EntityNotKnownException", 404, map[string]any{"parameterName": "guid"}, "OMRS-NEO4J-404-002"},
		{"invalid parameter current package", NewError(KindInvalidParameter, "userId", "userId is empty; supply a user id"), false,
			"org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException", 400, map[string]any{"parameterName": "userId"}, "OMRS-NEO4J-400-001"},
		{"invalid parameter legacy package", NewError(KindInvalidParameter, "userId", "userId is empty"), true,
			"org.odpi.openmetadata.repositoryservices.ffdc.exception.InvalidParameterException", 400, map[string]any{"parameterName": "userId"}, "OMRS-NEO4J-400-001"},
		{"wrapped property error", fmt.Errorf("update entity e-1: %w", NewError(KindPropertyError, "", "property x is unknown")), false,
			"org.odpi.openmetadata.repositoryservices.ffdc.exception.PropertyErrorException", 400,
			map[string]any{"parameterName": instancePropertiesClassName}, "OMRS-NEO4J-400-012"},
		{"function not supported has no parameter name", NewError(KindFunctionNotSupported, "", "history is not supported"), false,
			"org.odpi.openmetadata.repositoryservices.ffdc.exception.FunctionNotSupportedException", 501, nil, "OMRS-NEO4J-501-001"},
		{"plain error becomes repository error", errors.New("connection refused"), false,
			"org.odpi.openmetadata.repositoryservices.ffdc.exception.RepositoryErrorException", 500, nil, "OMRS-NEO4J-500-001"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			response := &EntityDetailResponse{}
			response.SetException(tt.err, "getEntityDetail", tt.legacy)

			require.Equal(t, tt.wantClass, response.ExceptionClassName)
			require.Equal(t, tt.wantClass, response.ExceptionSubclassName)
			require.Equal(t, tt.wantCode, response.RelatedHTTPCode)
			require.Equal(t, tt.wantProps, response.ExceptionProperties)
			require.Equal(t, tt.wantID, response.ExceptionErrorMessageID)
			require.True(t, strings.HasPrefix(response.ExceptionErrorMessage, tt.wantID+" "))
			require.Equal(t, "getEntityDetail", response.ActionDescription)
			require.NotEmpty(t, response.ExceptionSystemAction)
			require.NotEmpty(t, response.ExceptionUserAction)

			data, err := json.Marshal(response)
			require.NoError(t, err)
			require.Contains(t, string(data), fmt.Sprintf(`"relatedHTTPCode":%d`, tt.wantCode))
			require.NotContains(t, string(data), `"entity"`)
		})
	}
}

func TestSetExceptionMessageNamesValue(t *testing.T) {
	response := &EntityDetailResponse{}
	response.SetException(NewError(KindEntityNotKnown, "", "no entity with guid %s is stored in repository %s", "e-7", "neo4jstore"), "getEntityDetail", false)

	require.Contains(t, response.ExceptionErrorMessage, "e-7")
	require.Equal(t, []string{"e-7", "neo4jstore"}, response.ExceptionErrorMessageParameters)

	var back EntityDetailResponse
	data, err := json.Marshal(response)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &back))
	require.Equal(t, response.OMRSAPIResponse, back.OMRSAPIResponse)
}
