package typesystem

import (
	"slices"
	"strings"
)

// typeForInstance returns the TypeDef an instance names. It checks that the
// type is known and of the expected category and, when the instance gives a
// GUID, that the GUID matches. Failures are TypeError. instance describes the
// instance in messages. The caller holds the lock.
func (r *Registry) typeForInstance(instance string, it *InstanceType, want TypeDefCategory) (*TypeDef, error) {
	if it == nil || it.TypeDefName == "" {
		return nil, NewError(KindTypeError, "", "the %s has no type; set type.typeDefName and type.typeDefGUID", instance)
	}
	t, ok := r.typeDefNamed(it.TypeDefName)
	switch {
	case !ok:
		return nil, unknownTypeError(it.TypeDefName)
	case t.Category != want:
		return nil, NewError(KindTypeError, "", "the %s has type %s, which is a %s; use a %s", instance, t.Name, t.Category, want)
	case it.TypeDefGUID != "" && it.TypeDefGUID != t.GUID:
		return nil, NewError(KindTypeError, "", "the %s has type %s with guid %s, but that type has guid %s; correct type.typeDefGUID", instance, t.Name, it.TypeDefGUID, t.GUID)
	}
	return t, nil
}

// ValidateEntityDetail checks an entity's type, properties and
// classifications. The type must be a known EntityDef (TypeError), the
// properties must suit it (see ValidateProperties) and each classification
// must suit the entity type (see ValidateClassification). The status and the
// header fields are not checked here; ValidateStatus checks a requested
// status.
func (r *Registry) ValidateEntityDetail(e *EntityDetail, strict bool) error {
	if e == nil {
		return NewError(KindInvalidParameter, "entity", "no entity was supplied; send an EntityDetail")
	}

	r.mu.RLock()
	defer r.mu.RUnlock()

	t, err := r.typeForInstance("entity "+e.GUID, e.Type, CategoryEntityDef)
	if err != nil {
		return err
	}
	if err := r.validateProperties(t, e.Properties, strict); err != nil {
		return err
	}
	for _, c := range e.Classifications {
		if err := r.validateClassification(c, t.Name, strict); err != nil {
			return err
		}
	}
	return nil
}

// ValidateRelationship checks a relationship's type, ends and properties. The
// type must be a known RelationshipDef (TypeError). end1Type and end2Type
// name the entity types at the ends; an empty name is taken from the
// relationship's proxy for that end. Each end type must be the entity type of
// its end definition or one of its subtypes, otherwise ValidateRelationship
// fails with InvalidParameter and never swaps the ends. The properties are
// checked as ValidateProperties does.
func (r *Registry) ValidateRelationship(rel *Relationship, end1Type, end2Type string, strict bool) error {
	if rel == nil {
		return NewError(KindInvalidParameter, "relationship", "no relationship was supplied; send a Relationship")
	}

	r.mu.RLock()
	defer r.mu.RUnlock()

	t, err := r.typeForInstance("relationship "+rel.GUID, rel.Type, CategoryRelationshipDef)
	if err != nil {
		return err
	}
	if end1Type == "" && rel.EntityOneProxy != nil {
		end1Type = rel.EntityOneProxy.TypeName()
	}
	if end2Type == "" && rel.EntityTwoProxy != nil {
		end2Type = rel.EntityTwoProxy.TypeName()
	}
	if err := r.checkEnd(t, 1, t.EndDef1, end1Type); err != nil {
		return err
	}
	if err := r.checkEnd(t, 2, t.EndDef2, end2Type); err != nil {
		return err
	}
	return r.validateProperties(t, rel.Properties, strict)
}

// checkEnd checks the entity type at one end of a relationship. The caller
// holds the lock.
func (r *Registry) checkEnd(t *TypeDef, end int, def *RelationshipEndDef, entityType string) error {
	parameter := "entityOneGUID"
	if end == 2 {
		parameter = "entityTwoGUID"
	}
	if def == nil || def.EntityType == nil {
		return NewError(KindTypeError, "", "relationship type %s has no endDef%d; fix the type definition", t.Name, end)
	}
	want := def.EntityType.Name
	if entityType == "" {
		return NewError(KindInvalidParameter, parameter, "end %d of the %s relationship has no entity type; it must be a %s", end, t.Name, want)
	}
	if _, ok := r.typeDefNamed(entityType); !ok {
		return unknownTypeError(entityType)
	}
	if !r.isTypeOf(entityType, want) {
		return NewError(KindInvalidParameter, parameter, "an entity of type %s cannot be end %d of a %s relationship, which needs a %s or one of its subtypes; check the order of the ends", entityType, end, t.Name, want)
	}
	return nil
}

// ValidateClassification checks a classification and, when entityTypeName is
// not empty, that it may be attached to an entity of that type. The
// classification name comes from Name or else from its type. A missing or
// unknown name fails with InvalidParameter, a name that disagrees with the
// type or an entity type outside the classification's validEntityDefs with
// ClassificationError, an unknown entity type with TypeError, and the
// properties are checked as ValidateProperties does.
func (r *Registry) ValidateClassification(c *Classification, entityTypeName string, strict bool) error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.validateClassification(c, entityTypeName, strict)
}

// validateClassification is ValidateClassification for a caller that holds
// the lock.
func (r *Registry) validateClassification(c *Classification, entityTypeName string, strict bool) error {
	if c == nil {
		return NewError(KindInvalidParameter, "classification", "a classification is null; remove it or send a Classification")
	}
	name := c.Name
	if name == "" {
		name = c.TypeName()
	}
	if name == "" {
		return NewError(KindInvalidParameter, "classificationName", "a classification has no name; set its name")
	}
	if typeName := c.TypeName(); c.Name != "" && typeName != "" && typeName != c.Name {
		return NewError(KindClassificationError, "", "classification %s has type %s; the name and type.typeDefName must be equal", c.Name, typeName)
	}
	t, ok := r.typeDefNamed(name)
	if !ok || t.Category != CategoryClassificationDef {
		return NewError(KindInvalidParameter, "classificationName", "classification %q is not a known ClassificationDef; use a classification type returned by findTypeDefsByCategory", name)
	}
	if c.Type != nil && c.Type.TypeDefGUID != "" && c.Type.TypeDefGUID != t.GUID {
		return NewError(KindClassificationError, "", "classification %s has type guid %s, but that type has guid %s; correct type.typeDefGUID", name, c.Type.TypeDefGUID, t.GUID)
	}
	if entityTypeName != "" {
		if err := r.checkClassifiable(t, entityTypeName); err != nil {
			return err
		}
	}
	return r.validateProperties(t, c.Properties, strict)
}

// checkClassifiable checks that classification t may be attached to an
// entity of the named type. The caller holds the lock.
func (r *Registry) checkClassifiable(t *TypeDef, entityTypeName string) error {
	if _, ok := r.typeDefNamed(entityTypeName); !ok {
		return unknownTypeError(entityTypeName)
	}
	if len(t.ValidEntityDefs) == 0 {
		return nil
	}
	var valid []string
	for _, link := range t.ValidEntityDefs {
		if r.isTypeOf(entityTypeName, link.Name) {
			return nil
		}
		valid = append(valid, link.Name)
	}
	return NewError(KindClassificationError, "", "classification %s cannot be attached to an entity of type %s; it is valid only for %s and their subtypes", t.Name, entityTypeName, strings.Join(valid, ", "))
}

// ValidateStatus checks a status requested for a new or updated instance of
// the named type. An empty status passes, because it means the type's initial
// status. DELETED, which only the delete calls may set, and any status not in
// the type's validInstanceStatusList fail with StatusNotSupported. A type
// without a list accepts only its initial status. An unknown type fails with
// TypeError.
func (r *Registry) ValidateStatus(typeName string, status InstanceStatus) error {
	t, ok := r.TypeDefByName(typeName)
	if !ok {
		return unknownTypeError(typeName)
	}
	switch {
	case status == "":
		return nil
	case status == StatusDeleted:
		return NewError(KindStatusNotSupported, "", "status DELETED cannot be set directly on a %s; use the delete call instead", typeName)
	case !status.Valid():
		return NewError(KindStatusNotSupported, "", "status %q is not an instance status; use one of %s", status, statusList(t))
	}
	if len(t.ValidInstanceStatusList) == 0 {
		if status != t.InitialStatus {
			return NewError(KindStatusNotSupported, "", "status %s is not valid for type %s, which lists no valid statuses; use its initial status %s", status, typeName, t.InitialStatus)
		}
		return nil
	}
	if !slices.Contains(t.ValidInstanceStatusList, status) {
		return NewError(KindStatusNotSupported, "", "status %s is not valid for type %s; use one of %s", status, typeName, statusList(t))
	}
	return nil
}

func statusList(t *TypeDef) string {
	parts := make([]string, 0, len(t.ValidInstanceStatusList))
	for _, s := range t.ValidInstanceStatusList {
		if s != StatusDeleted {
			parts = append(parts, string(s))
		}
	}
	if len(parts) == 0 {
		return string(t.InitialStatus)
	}
	return strings.Join(parts, ", ")
}

// InstanceTypeFor returns the InstanceType for instances of the named type,
// or a TypeError when the type is unknown.
func (r *Registry) InstanceTypeFor(typeName string) (*InstanceType, error) {
	t, ok := r.TypeDefByName(typeName)
	if !ok {
		return nil, unknownTypeError(typeName)
	}
	return t.InstanceType(), nil
}

// EntityProxyFor builds the proxy that describes e at a relationship end: the
// entity's header and classifications, and as uniqueProperties the values of
// its unique attributes together with the effective dates of its properties.
// uniqueProperties is nil when there is nothing to put in it. The proxy shares
// the classifications and property values of e.
func (r *Registry) EntityProxyFor(e *EntityDetail) *EntityProxy {
	proxy := &EntityProxy{InstanceHeader: e.InstanceHeader, Classifications: e.Classifications}
	unique := &InstanceProperties{HeaderVersion: currentHeaderVersion}
	if e.Properties != nil {
		unique.EffectiveFromTime = e.Properties.EffectiveFromTime
		unique.EffectiveToTime = e.Properties.EffectiveToTime
	}
	for _, name := range r.UniqueAttributeNames(e.TypeName()) {
		if v, ok := e.Properties.Get(name); ok {
			unique.Set(name, v)
		}
	}
	if unique.Len() > 0 || unique.EffectiveFromTime != nil || unique.EffectiveToTime != nil {
		proxy.UniqueProperties = unique
	}
	return proxy
}
