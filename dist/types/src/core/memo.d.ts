/**
 * Facts derived once and kept with what they are derived from (ARCHITECTURE: "`memo(model, key, fn)`
 * replaces ad-hoc WeakMaps"). Each call of `memo` makes one cache, so two analyses that key by the
 * same role never share entries; the owner (the model) holds its entries weakly, so a run's facts
 * are freed with its model.
 *
 *     const exposures = memoByKey<IdentityModel, Role, Exposure>();
 *     exposures(model, role, () => computeExposure(model, role));
 */
/** A cache of one value per owner: `cache(model, () => …)`. */
export declare function memo<Owner extends object, Value>(): (owner: Owner, make: () => Value) => Value;
/** A cache of one value per owner and key: `cache(model, role, () => …)`. */
export declare function memoByKey<Owner extends object, Key extends object, Value>(): (owner: Owner, key: Key, make: () => Value) => Value;
