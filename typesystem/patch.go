package typesystem

import "maps"

// ApplyPatch applies a TypeDefPatch and returns the resulting TypeDef.
//
// A patch whose applyToVersion is older than the stored version has already
// been applied, and ApplyPatch returns the stored TypeDef unchanged. A patch
// for a newer version fails with PatchError. Applying sets the version,
// version name, updatedBy and updateTime, replaces every other field the
// patch sets, and merges propertyDefinitions by attribute name: new names are
// added and a known name may be redefined only with the same attribute type.
//
// ApplyPatch fails with InvalidParameter for a nil patch, with
// TypeDefNotKnown when the patched type is unknown, and with PatchError for
// an invalid patch. The stored TypeDef is replaced by a new object, so
// TypeDefs obtained earlier keep their old content.
func (r *Registry) ApplyPatch(p *TypeDefPatch) (*TypeDef, error) {
	if err := checkPatchHeader(p); err != nil {
		return nil, err
	}

	r.mu.Lock()
	defer r.mu.Unlock()

	index, err := r.patchTarget(p)
	if err != nil {
		return nil, err
	}
	current := r.typeDefs[index]
	switch {
	case p.ApplyToVersion < current.Version:
		return current, nil
	case p.ApplyToVersion > current.Version:
		return nil, NewError(KindPatchError, "", "the patch for %s applies to version %d, but the stored version is %d; apply the patches for the versions in between first", current.Name, p.ApplyToVersion, current.Version)
	}

	updated, err := r.patched(current, p)
	if err != nil {
		return nil, err
	}
	r.typeDefs[index] = updated
	r.version++
	return updated, nil
}

func checkPatchHeader(p *TypeDefPatch) error {
	switch {
	case p == nil:
		return NewError(KindInvalidParameter, "typeDefPatch", "no TypeDefPatch was supplied; send a TypeDefPatch")
	case p.TypeDefName == "" && p.TypeDefGUID == "":
		return NewError(KindPatchError, "", "the patch names no TypeDef; set typeDefName and typeDefGUID")
	case p.UpdateToVersion <= p.ApplyToVersion:
		return NewError(KindPatchError, "", "the patch for %s updates version %d to version %d; updateToVersion must be greater than applyToVersion", p.TypeDefName, p.ApplyToVersion, p.UpdateToVersion)
	case p.NewVersionName == "":
		return NewError(KindPatchError, "", "the patch for %s has no newVersionName; set it", p.TypeDefName)
	case p.UpdatedBy == "":
		return NewError(KindPatchError, "", "the patch for %s has no updatedBy; set it", p.TypeDefName)
	case p.UpdateTime == nil:
		return NewError(KindPatchError, "", "the patch for %s has no updateTime; set it", p.TypeDefName)
	}
	return nil
}

// patchTarget returns the position of the patched TypeDef. The caller holds
// the lock.
func (r *Registry) patchTarget(p *TypeDefPatch) (int, error) {
	index, ok := r.typeDefByName[p.TypeDefName]
	if p.TypeDefName == "" {
		index, ok = r.typeDefByGUID[p.TypeDefGUID]
	}
	if !ok {
		return 0, NewError(KindTypeDefNotKnown, "", "the patch names unknown TypeDef %s (guid %s); add the TypeDef before patching it", p.TypeDefName, p.TypeDefGUID)
	}
	if stored := r.typeDefs[index]; p.TypeDefGUID != "" && p.TypeDefGUID != stored.GUID {
		return 0, NewError(KindPatchError, "", "the patch names TypeDef %s with guid %s, but the stored %s has guid %s; correct typeDefGUID", p.TypeDefName, p.TypeDefGUID, stored.Name, stored.GUID)
	}
	return index, nil
}

// patched returns a patched copy of current. The caller holds the lock.
func (r *Registry) patched(current *TypeDef, p *TypeDefPatch) (*TypeDef, error) {
	t := current.Clone()
	t.Version = p.UpdateToVersion
	t.VersionName = p.NewVersionName
	t.UpdatedBy = p.UpdatedBy
	t.UpdateTime = cloneMillis(p.UpdateTime)
	if p.TypeDefStatus != "" {
		t.Status = p.TypeDefStatus
	}
	if p.Description != "" {
		t.Description = p.Description
	}
	if p.DescriptionGUID != "" {
		t.DescriptionGUID = p.DescriptionGUID
	}
	if p.TypeDefOptions != nil {
		t.Options = maps.Clone(p.TypeDefOptions)
	}
	if p.ExternalStandardMappings != nil {
		t.ExternalStandardMappings = cloneMappings(p.ExternalStandardMappings)
	}
	if p.ValidInstanceStatusList != nil {
		t.ValidInstanceStatusList = append([]InstanceStatus(nil), p.ValidInstanceStatusList...)
	}
	if p.InitialStatus != "" {
		t.InitialStatus = p.InitialStatus
	}

	if err := r.patchSuperType(t, p); err != nil {
		return nil, err
	}
	if err := r.patchCategoryFields(t, p); err != nil {
		return nil, err
	}
	if err := r.mergeAttributes(t, p.PropertyDefinitions); err != nil {
		return nil, err
	}
	return t, nil
}

// patchSuperType moves t under the patch's superType, refusing a move that
// would make t its own ancestor or clash with inherited attributes. The
// caller holds the lock.
func (r *Registry) patchSuperType(t *TypeDef, p *TypeDefPatch) error {
	if p.SuperType == nil {
		return nil
	}
	super, err := r.resolveLink(p.SuperType, t.Category, KindPatchError, t.Name+" superType")
	if err != nil {
		return err
	}
	if r.isTypeOf(super.Name, t.Name) {
		return NewError(KindPatchError, "", "the patch makes %s a supertype of itself through %s; choose a supertype outside the subtypes of %s", t.Name, super.Name, t.Name)
	}
	t.SuperType = super.Link()
	return r.checkAttributes(t.Name, super.Name, nil, t.PropertiesDefinition, KindPatchError)
}

// patchCategoryFields applies the relationship and classification fields of
// a patch. A field that does not belong to the type's category is ignored, as
// Egeria ignores it: its published types (Egeria 4.2) patch validEntityDefs
// onto the entity type DatabaseManager. The caller holds the lock.
func (r *Registry) patchCategoryFields(t *TypeDef, p *TypeDefPatch) error {
	if t.Category == CategoryRelationshipDef {
		if p.EndDef1 != nil {
			t.EndDef1 = p.EndDef1.Clone()
		}
		if p.EndDef2 != nil {
			t.EndDef2 = p.EndDef2.Clone()
		}
		if p.UpdateMultiLink {
			t.MultiLink = p.MultiLink
		}
	}
	if t.Category == CategoryClassificationDef && p.ValidEntityDefs != nil {
		t.ValidEntityDefs = cloneLinks(p.ValidEntityDefs)
	}
	return r.checkCategoryLinks(t.Name, t.Category, t.EndDef1, t.EndDef2, t.ValidEntityDefs, KindPatchError)
}

// mergeAttributes adds the patch's attributes to t, replacing own attributes
// of the same name. The caller holds the lock.
func (r *Registry) mergeAttributes(t *TypeDef, attributes []*TypeDefAttribute) error {
	if len(attributes) == 0 {
		return nil
	}
	superName := ""
	if t.SuperType != nil {
		superName = t.SuperType.Name
	}
	if err := r.checkAttributes(t.Name, superName, t.PropertiesDefinition, attributes, KindPatchError); err != nil {
		return err
	}

	for _, a := range attributes {
		replaced := false
		for i, own := range t.PropertiesDefinition {
			if own.AttributeName == a.AttributeName {
				t.PropertiesDefinition[i] = a.Clone()
				replaced = true
				break
			}
		}
		if !replaced {
			t.PropertiesDefinition = append(t.PropertiesDefinition, a.Clone())
		}
	}
	return nil
}
