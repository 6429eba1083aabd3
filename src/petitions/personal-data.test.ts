import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decrypt, deriveKeys } from '../platform/crypto.ts';
import {
  digestField, mask, normalize, petitionerDigest, sealedPetitionerDigest, sealPersonalData, unsealPersonalData,
} from './personal-data.ts';
import type { PersonalData, PersonalDataField } from './personal-data.ts';

const keys = deriveKeys(Buffer.alloc(32, 1));
const otherKeys = deriveKeys(Buffer.alloc(32, 2));

describe('normalize', () => {
  it.each<[PersonalDataField, string, string]>([
    ['name', '  张三 ', '张三'],
    ['name', 'John \t  Smith', 'John Smith'],
    ['name', '阿卜杜\u3000热合曼', '阿卜杜 热合曼'], // ideographic space from Chinese input methods
    ['name', '   ', ''],
    ['address', ' 北京市  朝阳区\n建国路88号 ', '北京市 朝阳区 建国路88号'],
    ['idNumber', ' 11010519491231002x ', '11010519491231002X'],
    ['idNumber', '110105 19491231 002X', '11010519491231002X'],
    ['idNumber', '１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
    ['phone', '138 1234 5678', '13812345678'],
    ['phone', '138-1234-5678', '13812345678'],
    ['phone', '+86 138 1234 5678', '13812345678'],
    ['phone', '+86-13812345678', '13812345678'],
    ['phone', '0086 13812345678', '13812345678'],
    ['phone', '8613812345678', '13812345678'],
    ['phone', '１３８１２３４５６７８', '13812345678'],
    ['phone', '(010) 1234-5678', '01012345678'],
    ['phone', '+86 10 1234 5678', '01012345678'],
    ['phone', '12345', '12345'],
    ['phone', '', ''],
  ])('%s %j → %j', (field, raw, expected) => {
    expect(normalize(field, raw)).toBe(expected);
  });
});

describe('mask', () => {
  const long = '张'.repeat(300);
  it.each<[PersonalDataField, string, string]>([
    ['name', '张三', '张*'],
    ['name', '欧阳娜娜', '欧***'],
    ['name', '王', '*'],
    ['name', '', ''],
    ['name', '  张三  ', '张*'],
    ['name', 'John Smith', 'J***'],
    ['name', 'Li', 'L***'],
    ['name', 'A', '*'],
    ['name', '阿卜杜·热合曼', '阿******'],
    ['name', '😀', '*'],
    ['name', '👨‍👩‍👧张三', '👨‍👩‍👧**'], // one grapheme, not five code points
    ['name', '😀😀', '😀***'],
    ['name', long, `张${'*'.repeat(299)}`],
    ['idNumber', '11010519491231002x', '110105********002X'],
    ['idNumber', '11010519800101123X', '110105********123X'],
    ['idNumber', '110105491231002', '110105*****1002'], // 15-digit legacy number
    ['idNumber', 'E12345678', 'E1*****78'], // passport: shorter, so less is shown
    ['idNumber', '1234567', '*******'],
    ['idNumber', '', ''],
    ['phone', '13812345678', '138****5678'],
    ['phone', '+86 138-1234-5678', '138****5678'],
    ['phone', '010-12345678', '010******78'],
    ['phone', '0755 8888 6666', '075*******66'],
    ['phone', '12345', '*****'],
    ['phone', '1', '*'],
    ['phone', '', ''],
    ['address', '北京市朝阳区建国路88号', '北京市朝阳区****'],
    ['address', `广东省深圳市南山区${long}`, '广东省深圳市****'],
    ['address', '建国路88号', '建国路****'],
    ['address', '北', '****'],
    ['address', '', ''],
    ['address', '🏠🏠🏠🏠', '🏠🏠****'],
  ])('%s %j → %j', (field, raw, expected) => {
    expect(mask(field, raw)).toBe(expected);
  });

  it('never returns an 18-digit identity number unmasked', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => !mask('idNumber', id).includes(id.slice(6, 14))));
  });
});

describe('sealPersonalData / unsealPersonalData', () => {
  const person: PersonalData = {
    name: ' 张三 ', idNumber: '11010519491231002x', phone: '+86 138 1234 5678', address: '北京市朝阳区建国路88号',
  };

  it('fills every column for a full record, with the address never digested', () => {
    const sealed = sealPersonalData(person, keys);
    expect(sealed).toMatchObject({
      nameMasked: '张*', idNumberMasked: '110105********002X', phoneMasked: '138****5678', addressMasked: '北京市朝阳区****',
    });
    expect(decrypt(sealed.nameEnc ?? '', keys)).toBe('张三');
    expect(sealed.idNumberDigest).toBe(digestField('idNumber', '11010519491231002X', keys));
    expect(sealed.phoneDigest).toBe(digestField('phone', '13812345678', keys));
    expect(sealed.nameDigest).toBe(digestField('name', '张三', keys));
    expect(Object.keys(sealed).filter((k) => k.startsWith('address'))).toEqual(['addressEnc', 'addressMasked']);
    expect(JSON.stringify(sealed)).not.toContain('13812345678');
  });

  it('stores absent and blank fields as null', () => {
    const sealed = sealPersonalData({ name: '李四', phone: '  ' }, keys);
    expect(sealed.nameEnc).not.toBeNull();
    for (const column of ['idNumberEnc', 'idNumberDigest', 'idNumberMasked', 'phoneEnc', 'phoneDigest', 'phoneMasked', 'addressEnc', 'addressMasked'] as const) {
      expect(sealed[column]).toBeNull();
    }
    expect(unsealPersonalData(sealed, keys)).toEqual({ name: '李四' });
  });

  it('round-trips any record to its normalised form', () => {
    const field = fc.option(fc.string({ unit: 'grapheme' }), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ name: field, idNumber: field, phone: field, address: field }), (data) => {
        const expected: PersonalData = {};
        for (const key of ['name', 'idNumber', 'phone', 'address'] as const) {
          const value = normalize(key, data[key] ?? '');
          if (value !== '') expected[key] = value;
        }
        expect(unsealPersonalData(sealPersonalData(data, keys), keys)).toEqual(expected);
      }),
    );
  });

  it('cannot be unsealed with another key', () => {
    expect(() => unsealPersonalData(sealPersonalData(person, keys), otherKeys)).toThrow(/another key/);
  });
});

describe('digests', () => {
  it('match the same value however it was typed, and differ by field and key', () => {
    expect(digestField('phone', '138-1234-5678', keys)).toBe(digestField('phone', '+8613812345678', keys));
    expect(digestField('name', 'li  lei', keys)).toBe(digestField('name', 'LI LEI', keys));
    expect(digestField('idNumber', '11010519491231002x', keys)).toBe(digestField('idNumber', '11010519491231002X', keys));
    expect(digestField('name', '13812345678', keys)).not.toBe(digestField('phone', '13812345678', keys));
    expect(digestField('phone', '13812345678', keys)).not.toBe(digestField('phone', '13812345678', otherKeys));
  });

  it('petitionerDigest prefers the identity number, then name with phone, else null', () => {
    const byId = petitionerDigest({ idNumber: '11010519491231002x', name: '张三' }, keys);
    expect(byId).toBe(sealPersonalData({ idNumber: '11010519491231002X' }, keys).idNumberDigest);
    expect(petitionerDigest({ idNumber: '11010519491231002X', phone: '13900000000' }, keys)).toBe(byId);

    const byNamePhone = petitionerDigest({ name: '张三', phone: '138 1234 5678' }, keys);
    expect(byNamePhone).toMatch(/^[0-9a-f]{64}$/);
    expect(petitionerDigest({ name: ' 张三', phone: '+86-13812345678', address: '别处' }, keys)).toBe(byNamePhone);
    expect(byNamePhone).not.toBe(byId);
    expect(petitionerDigest({ name: '张四', phone: '13812345678' }, keys)).not.toBe(byNamePhone);
    expect(petitionerDigest({ name: '张三', phone: '13812345678' }, otherKeys)).not.toBe(byNamePhone);

    // The same digest from a petitioner already sealed (registration and the demo use that).
    for (const person of [{ idNumber: '11010519491231002x', name: '张三' }, { name: '张三', phone: '138 1234 5678' }, { name: '张三' }]) {
      expect(sealedPetitionerDigest(person, sealPersonalData(person, keys), keys)).toBe(petitionerDigest(person, keys));
    }

    expect(petitionerDigest({ name: '张三' }, keys)).toBeNull();
    expect(petitionerDigest({ phone: '13812345678', address: '北京' }, keys)).toBeNull();
    expect(petitionerDigest({ idNumber: '  ', name: '', phone: '13812345678' }, keys)).toBeNull();
    expect(petitionerDigest({}, keys)).toBeNull();
  });
});
