/** The server's phone rule (a mainland mobile, or a landline with its area code), so the form can say so at once. */
export function isCallablePhone(value: string): boolean {
  let v = value.normalize('NFKC').replace(/[\s\-()]/g, '');
  const intl = /^(?:\+|00)86(.+)$/.exec(v)?.[1];
  if (intl !== undefined) v = /^1[3-9]\d{9}$/.test(intl) ? intl : `0${intl}`;
  return /^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}[2-9]\d{6,7}$/.test(v);
}
