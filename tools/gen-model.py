#!/usr/bin/env python3
# Generates the boilerplate of the emr-core model value classes (fields with their Jakarta constraints, Optional
# getters, equals/hashCode, PII-masking toString, the builder and its JSON entry points) from the specs below.
# The specs are the source of truth: change a field here, run `python3 tools/gen-model.py`, commit both.
import os, textwrap
OUT=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'emr-core/src/main/java/vn/emr/core/model')
os.makedirs(OUT, exist_ok=True)

# field: (name, type, kind, annotations, doc, pii)
# kind: 'req' (required, getter returns value), 'opt' (Optional getter), 'list'
def F(name, typ, kind, ann, doc, pii=False): return dict(name=name, type=typ, kind=kind, ann=ann, doc=doc, pii=pii)

MODELS = []
def M(name, doc, fields, extra='', imports=()):
    MODELS.append(dict(name=name, doc=doc, fields=fields, extra=extra, imports=imports))

DT='LocalDateTime'
M('Patient', 'A patient as identified at check-in: the personal ID (Circular 13/2025 art. 1.3 links the record to it), name, birth date, sex and contact, with the BHYT card number when insured.', [
  F('patientCode','String','opt',['@Size(max = 100)'],'the facility\'s own patient number (MA_BN)'),
  F('citizenId','String','opt',['@CitizenIdNumber'],'the 12-digit personal identification number (SO_CCCD); absent for newborns and unknown emergency patients', True),
  F('fullName','String','req',['@NotBlank','@Size(max = 255)'],'the full name as printed on the ID card (HO_TEN), NFC-normalised', True),
  F('birthDate','LocalDate','req',['@NotNull','@PastOrPresent'],'the birth date (NGAY_SINH)', True),
  F('sex','Sex','req',['@NotNull'],'the sex (GIOI_TINH: 1 male, 2 female, 3 undetermined)'),
  F('address','String','opt',['@Size(max = 1024)'],'the address of residence (DIA_CHI)', True),
  F('phone','String','opt',['@Pattern(regexp = "\\\\+?[0-9]{8,15}")'],'the phone number (DIEN_THOAI), digits only', True),
  F('insuranceCardNumber','String','opt',['@BhytNumber'],'the health-insurance card number (MA_THE_BHYT): 15-character card, 10-digit social insurance number or 12-digit personal ID', True),
  F('ethnicityCode','String','opt',['@Pattern(regexp = "[0-9]{2}")'],'the ethnicity code (MA_DANTOC, 2 digits, "01" = Kinh)'),
  F('nationalityCode','String','opt',['@Pattern(regexp = "[0-9]{3}")'],'the nationality code (MA_QUOCTICH, 3 digits, "000" = Vietnam)'),
  F('occupationCode','String','opt',['@Pattern(regexp = "[0-9]{5}")'],'the occupation code (MA_NGHE_NGHIEP, 5 digits)'),
], imports=['java.time.LocalDate','vn.emr.core.identity.Sex'])

M('Facility', 'A health facility identified by its 5-character code MA_CSKCB (rules of Decision 384/QD-BYT 2019).', [
  F('code','String','req',['@NotNull','@FacilityCode'],'the facility code (MA_CSKCB)'),
  F('name','String','req',['@NotBlank','@Size(max = 255)'],'the facility name'),
  F('address','String','opt',['@Size(max = 1024)'],'the address'),
])

M('Practitioner', 'A licensed practitioner: practising licence number (CCHN under the 2009 law, GPHN under Law 15/2023) and the code used in claims (MA_BAC_SI).', [
  F('licenseNumber','String','req',['@NotBlank','@Size(max = 50)'],'the practising licence number (CCHN/GPHN)'),
  F('practitionerCode','String','opt',['@Size(max = 255)'],'the practitioner code used in claims (MA_BAC_SI), when different from the licence number'),
  F('fullName','String','req',['@NotBlank','@Size(max = 255)'],'the full name', True),
  F('title','String','opt',['@Size(max = 100)'],'the professional title (e.g. "BS CKI")'),
  F('departmentCode','String','opt',['@Size(max = 50)'],'the department code (MA_KHOA, Decision 1804/2026, e.g. K02)'),
])

M('Diagnosis', 'A diagnosis coded in ICD-10 (Circular 06/2026/TT-BYT catalogue): the main one (MA_BENH_CHINH) or a secondary one (MA_BENH_KT).', [
  F('code','String','req',['@NotNull','@Icd10'],'the ICD-10 code, dotted (e.g. J06.9)'),
  F('role','DiagnosisRole','req',['@NotNull'],'main or secondary'),
  F('description','String','opt',['@Size(max = 1024)'],'the diagnosis text (CHAN_DOAN_RV)'),
  F('recordedAt',DT,'opt',[],'when the diagnosis was made'),
])

M('MedicationLine', 'One drug given or prescribed in the encounter (a row of claims table XML2): the drug, dose, quantity and unit price in VND.', [
  F('lineId','String','req',['@NotBlank','@Size(max = 100)'],'the line identifier, unique in the record'),
  F('drugCode','String','req',['@NotBlank','@Size(max = 255)'],'the drug code (MA_THUOC, active-ingredient code of the shared catalogue)'),
  F('drugName','String','req',['@NotBlank','@Size(max = 1024)'],'the drug name (TEN_THUOC)'),
  F('strength','String','opt',['@Size(max = 1024)'],'the strength (HAM_LUONG)'),
  F('unit','String','req',['@NotBlank','@Size(max = 50)'],'the unit of count (DON_VI_TINH)'),
  F('routeCode','String','opt',['@Size(max = 4)'],'the route code (DUONG_DUNG)'),
  F('dosage','String','opt',['@Size(max = 1024)'],'the dosage instruction (LIEU_DUNG)'),
  F('registrationNumber','String','opt',['@Size(max = 255)'],'the registration number (SO_DANG_KY), without spaces'),
  F('quantity','BigDecimal','req',['@NotNull','@Positive'],'the quantity (SO_LUONG)'),
  F('unitPrice','BigDecimal','req',['@NotNull','@PositiveOrZero'],'the unit price in VND (DON_GIA)'),
  F('orderedAt',DT,'req',['@NotNull'],'when it was ordered (NGAY_YL)'),
  F('prescriberLicense','String','opt',['@Size(max = 255)'],'the prescriber\'s licence or code (MA_BAC_SI)'),
], extra='''
    /** The line amount in VND: quantity times unit price (THANH_TIEN_BV before rounding rules of the claims profile). */
    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }
''', imports=['java.math.BigDecimal'])

M('ServiceLine', 'One technical service or examination ordered in the encounter (DVKT, a service row of claims table XML3).', [
  F('lineId','String','req',['@NotBlank','@Size(max = 100)'],'the line identifier, unique in the record'),
  F('serviceCode','String','req',['@NotBlank','@Size(max = 50)'],'the service code (MA_DICH_VU)'),
  F('serviceName','String','req',['@NotBlank','@Size(max = 1024)'],'the service name (TEN_DICH_VU)'),
  F('quantity','BigDecimal','req',['@NotNull','@Positive'],'the quantity (SO_LUONG)'),
  F('unitPrice','BigDecimal','req',['@NotNull','@PositiveOrZero'],'the unit price in VND (DON_GIA_BV)'),
  F('orderedAt',DT,'req',['@NotNull'],'when it was ordered (NGAY_YL)'),
  F('performedAt',DT,'opt',[],'when it was performed (NGAY_TH)'),
  F('resultAt',DT,'opt',[],'when the result came (NGAY_KQ)'),
  F('departmentCode','String','opt',['@Size(max = 50)'],'the performing department (MA_KHOA)'),
  F('performerLicense','String','opt',['@Size(max = 255)'],'who performed it (NGUOI_THUC_HIEN)'),
], extra='''
    /** The line amount in VND: quantity times unit price. */
    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }
''', imports=['java.math.BigDecimal'])

M('SupplyLine', 'One medical supply used in the encounter (VTYT, a supply row of claims table XML3).', [
  F('lineId','String','req',['@NotBlank','@Size(max = 100)'],'the line identifier, unique in the record'),
  F('supplyCode','String','req',['@NotBlank','@Size(max = 255)'],'the supply code (MA_VAT_TU)'),
  F('supplyName','String','req',['@NotBlank','@Size(max = 1024)'],'the supply name (TEN_VAT_TU)'),
  F('unit','String','req',['@NotBlank','@Size(max = 50)'],'the unit of count (DON_VI_TINH)'),
  F('quantity','BigDecimal','req',['@NotNull','@Positive'],'the quantity (SO_LUONG)'),
  F('unitPrice','BigDecimal','req',['@NotNull','@PositiveOrZero'],'the unit price in VND (DON_GIA_BV)'),
  F('usedAt',DT,'req',['@NotNull'],'when it was ordered or used (NGAY_YL)'),
], extra='''
    /** The line amount in VND: quantity times unit price. */
    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }
''', imports=['java.math.BigDecimal'])

M('LabResult', 'One paraclinical result (laboratory, imaging or function test indicator; a row of claims table XML4).', [
  F('lineId','String','req',['@NotBlank','@Size(max = 100)'],'the line identifier, unique in the record'),
  F('serviceCode','String','req',['@NotBlank','@Size(max = 50)'],'the ordered service (MA_DICH_VU)'),
  F('indicatorCode','String','opt',['@Size(max = 50)'],'the indicator code (MA_CHI_SO; Decision 1227/2025 7-digit code)'),
  F('indicatorName','String','req',['@NotBlank','@Size(max = 255)'],'the indicator name (TEN_CHI_SO)'),
  F('value','String','req',['@NotBlank','@Size(max = 50)'],'the result value (GIA_TRI)', True),
  F('unit','String','opt',['@Size(max = 50)'],'the unit of measure (DON_VI_DO)'),
  F('referenceRange','String','opt',['@Size(max = 255)'],'the reference range as printed'),
  F('abnormal','boolean','prim',[],'whether the value is outside the reference range'),
  F('orderedAt',DT,'opt',[],'when it was ordered'),
  F('resultAt',DT,'req',['@NotNull'],'when the result came (NGAY_KQ)'),
  F('performerLicense','String','opt',['@Size(max = 255)'],'who produced or signed the result'),
])

M('ProgressNote', 'A clinical progress note (diễn biến lâm sàng, claims table XML5): time, author and text (Circular 32/2023 art. 52: every entry shows its time and author).', [
  F('noteId','String','req',['@NotBlank','@Size(max = 100)'],'the note identifier, unique in the record'),
  F('recordedAt',DT,'req',['@NotNull'],'the clinical time of the note (THOI_DIEM_DBLS)'),
  F('authorLicense','String','req',['@NotBlank','@Size(max = 255)'],'the author\'s licence or code (NGUOI_THUC_HIEN)'),
  F('text','String','req',['@NotBlank','@Size(max = 20000)'],'the course and care given (DIEN_BIEN_LS)', True),
  F('departmentCode','String','opt',['@Size(max = 50)'],'the department'),
])

M('Discharge', 'The end of an encounter (giấy ra viện, claims table XML7): time, treatment result (KET_QUA_DTRI) and discharge type (MA_LOAI_RV).', [
  F('dischargedAt',DT,'req',['@NotNull'],'the discharge time (NGAY_RA)'),
  F('result','TreatmentResult','req',['@NotNull'],'the treatment result (KET_QUA_DTRI)'),
  F('type','DischargeType','req',['@NotNull'],'the discharge type (MA_LOAI_RV)'),
  F('summary','String','opt',['@Size(max = 20000)'],'the course summary', True),
  F('instructions','String','opt',['@Size(max = 4000)'],'advice to the patient (LOI_DAN_BS)'),
])

M('Referral', 'A referral to another facility (giấy chuyển tuyến, claims table XML13).', [
  F('toFacilityCode','String','req',['@NotNull','@FacilityCode'],'the receiving facility (MA_NOI_DEN)'),
  F('referredAt',DT,'req',['@NotNull'],'when the patient was referred'),
  F('reason','String','req',['@NotBlank','@Size(max = 1024)'],'the reason for referral (LY_DO_CT)'),
  F('referralNumber','String','opt',['@Size(max = 50)'],'the referral paper number (SO_CHUYENTUYEN)'),
  F('clinicalSummary','String','opt',['@Size(max = 20000)'],'signs, tests and treatment given', True),
])

M('Appointment', 'A follow-up appointment (giấy hẹn khám lại, claims table XML14).', [
  F('date','LocalDate','req',['@NotNull'],'the appointment date (NGAY_HEN_KL)'),
  F('reason','String','opt',['@Size(max = 1024)'],'what the visit is for'),
  F('departmentCode','String','opt',['@Size(max = 50)'],'the department to attend'),
], imports=['java.time.LocalDate'])

M('Encounter', 'One episode of care (đợt khám chữa bệnh) identified by MA_LK, with its class (MA_LOAI_KCB), diagnoses, lines, results, notes and outcome.', [
  F('maLk','String','req',['@NotBlank','@Size(max = 100)','@Pattern(regexp = "[^\\\\s]+")'],'the episode key MA_LK: unique and immutable per episode, links every claims table'),
  F('encounterClass','EncounterClass','req',['@NotNull'],'the class of care (MA_LOAI_KCB)'),
  F('admittedAt',DT,'req',['@NotNull'],'the start of the episode (NGAY_VAO)'),
  F('departmentCode','String','opt',['@Size(max = 50)'],'the department (MA_KHOA)'),
  F('reasonForVisit','String','opt',['@Size(max = 4000)'],'the reason for the visit (LY_DO_VV)'),
  F('attendingLicense','String','opt',['@Size(max = 255)'],'the attending practitioner\'s licence or code'),
  F('diagnoses','Diagnosis','list',[],'the diagnoses: one main and at most 12 secondary'),
  F('medications','MedicationLine','list',[],'the drug lines'),
  F('services','ServiceLine','list',[],'the service lines'),
  F('supplies','SupplyLine','list',[],'the supply lines'),
  F('labResults','LabResult','list',[],'the paraclinical results'),
  F('notes','ProgressNote','list',[],'the clinical progress notes'),
  F('discharge','Discharge','opt',['@Valid'],'the discharge, once the episode has ended'),
  F('referral','Referral','opt',['@Valid'],'the referral, when the patient was referred'),
  F('appointment','Appointment','opt',['@Valid'],'the follow-up appointment'),
], extra='''
    /** The main diagnosis, if recorded. */
    public Optional<Diagnosis> mainDiagnosis() {
        return diagnoses.stream().filter(d -> d.role() == DiagnosisRole.MAIN).findFirst();
    }

    /** The secondary diagnoses, in order. */
    public List<Diagnosis> secondaryDiagnoses() {
        return diagnoses.stream().filter(d -> d.role() == DiagnosisRole.SECONDARY).toList();
    }

    /**
     * The hospital's charge for the encounter in VND: the sum of every drug, service and supply line amount
     * (quantity times unit price), unrounded. What insurance pays is the claims profile's business, not this.
     */
    public BigDecimal totalAmount() {
        BigDecimal total = BigDecimal.ZERO;
        for (MedicationLine line : medications) {
            total = total.add(line.amount());
        }
        for (ServiceLine line : services) {
            total = total.add(line.amount());
        }
        for (SupplyLine line : supplies) {
            total = total.add(line.amount());
        }
        return total;
    }
''', imports=['java.math.BigDecimal'])

M('MedicalRecord', 'A medical record document (hồ sơ bệnh án) under a form of Circular 32/2023 Appendix XXVIII (e.g. 15/BV1 outpatient), holding the facility, the patient, the practitioners and the encounter.', [
  F('recordId','String','req',['@NotBlank','@Size(max = 100)'],'the record identifier, stable across versions'),
  F('formCode','String','req',['@NotNull','@Pattern(regexp = "[0-9]{2}/BV-?[0-9]{1,2}")'],'the form code of Circular 32/2023 (e.g. 15/BV1)'),
  F('facility','Facility','req',['@NotNull','@Valid'],'the facility that keeps the record'),
  F('patient','Patient','req',['@NotNull','@Valid'],'the patient'),
  F('practitioners','Practitioner','list',[],'the practitioners who took part'),
  F('encounter','Encounter','req',['@NotNull','@Valid'],'the episode of care'),
  F('createdAt',DT,'req',['@NotNull'],'when the record was opened'),
])

def box(t):
    return {'boolean':'Boolean'}.get(t,t)

for m in MODELS:
    name=m['name']; fields=m['fields']
    imps=set(['java.util.Objects','vn.emr.core.CoreError','vn.emr.core.EmrException','com.fasterxml.jackson.annotation.JsonProperty','com.fasterxml.jackson.annotation.JsonAutoDetect','com.fasterxml.jackson.annotation.JsonInclude',
              'com.fasterxml.jackson.databind.annotation.JsonDeserialize','com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder'])
    imps.update(m['imports'])
    anns=set()
    for f in fields:
        if f['type']==DT: imps.add('java.time.LocalDateTime')
        if f['kind']=='opt': imps.add('java.util.Optional')
        if f['kind']=='list': imps.update(['vn.emr.core.CoreError','vn.emr.core.EmrException','java.util.List','java.util.ArrayList','jakarta.validation.Valid','jakarta.validation.constraints.NotNull','java.util.Collection'])
        for a in f['ann']:
            n=a[1:].split('(')[0]
            anns.add(n)
    if 'Optional' in m['extra']: imps.add('java.util.Optional')
    if 'List' in m['extra']: imps.add('java.util.List')
    for a in anns:
        if a=='Valid': imps.add('jakarta.validation.Valid')
        elif a in ('CitizenIdNumber','BhytNumber','FacilityCode','Icd10'): imps.add('vn.emr.core.validation.constraints.'+a)
        else: imps.add('jakarta.validation.constraints.'+a)
    pii=[f for f in fields if f['pii']]
    if pii: imps.add('vn.emr.core.internal.Masking')
    L=[]
    L.append('// Generated by tools/gen-model.py from its spec of this class: edit the spec there, not this file.')
    L.append('package vn.emr.core.model;\n')
    for i in sorted(imps): L.append('import %s;'%i)
    L.append('')
    L.append('/**')
    for line in textwrap.wrap(m['doc'], 112): L.append(' * '+line)
    L.append(' *')
    L.append(' * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as')
    L.append(' * {@link java.util.Optional}, lists are never null. {@link #toString()} masks personal data.')
    L.append(' */')
    L.append('@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,')
    L.append('        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)')
    L.append('@JsonInclude(JsonInclude.Include.NON_NULL)')
    L.append('@JsonDeserialize(builder = %s.Builder.class)'%name)
    L.append('public final class %s {\n'%name)
    for f in fields:
        t=f['type']
        if f['kind']=='list':
            L.append('    @NotNull')
            L.append('    @JsonInclude(JsonInclude.Include.NON_EMPTY)')
            L.append('    private final List<@Valid @NotNull %s> %s;'%(t,f['name']))
        else:
            for a in f['ann']: L.append('    '+a)
            L.append('    private final %s %s;'%(t,f['name']))
    L.append('')
    L.append('    private %s(Builder b) {'%name)
    for f in fields:
        if f['kind']=='list': L.append('        this.%s = List.copyOf(b.%s);'%(f['name'],f['name']))
        else: L.append('        this.%s = b.%s;'%(f['name'],f['name']))
    L.append('    }\n')
    L.append('    /** A new, empty builder. */')
    L.append('    public static Builder builder() {\n        return new Builder();\n    }\n')
    L.append('    /** A builder holding this value\'s parts, to derive a changed copy. */')
    L.append('    public Builder toBuilder() {\n        Builder b = new Builder();')
    for f in fields:
        if f['kind']=='list': L.append('        b.%s.addAll(%s);'%(f['name'],f['name']))
        else: L.append('        b.%s = %s;'%(f['name'],f['name']))
    L.append('        return b;\n    }\n')
    for f in fields:
        n=f['name']; t=f['type']
        if f['kind']=='opt':
            L.append('    /** %s%s, if present. */'%(f['doc'][0].upper(), f['doc'][1:]))
            L.append('    public Optional<%s> %s() {\n        return Optional.ofNullable(%s);\n    }\n'%(t,n,n))
        elif f['kind']=='list':
            L.append('    /** %s%s (unmodifiable, possibly empty). */'%(f['doc'][0].upper(), f['doc'][1:]))
            L.append('    public List<%s> %s() {\n        return %s;\n    }\n'%(t,n,n))
        else:
            L.append('    /** %s%s. */'%(f['doc'][0].upper(), f['doc'][1:]))
            L.append('    public %s %s() {\n        return %s;\n    }\n'%(t,n,n))
    if m['extra']: L.append(m['extra'].strip('\n')+'\n')
    # equals/hashCode
    L.append('    @Override\n    public boolean equals(Object o) {')
    L.append('        if (this == o) {\n            return true;\n        }')
    L.append('        if (!(o instanceof %s)) {\n            return false;\n        }'%name)
    L.append('        %s other = (%s) o;'%(name,name))
    conds=[]
    for f in fields:
        if f['type']=='boolean': conds.append('%s == other.%s'%(f['name'],f['name']))
        else: conds.append('Objects.equals(%s, other.%s)'%(f['name'],f['name']))
    L.append('        return ' + '\n                && '.join(conds)+';')
    L.append('    }\n')
    L.append('    @Override\n    public int hashCode() {')
    L.append('        return Objects.hash(%s);'%', '.join(f['name'] for f in fields))
    L.append('    }\n')
    # toString
    L.append('    /** Shows the structure with personal data masked; safe to log. */')
    L.append('    @Override\n    public String toString() {')
    parts=[]
    for f in fields:
        n=f['name']
        if f['pii']:
            parts.append('"%s=" + Masking.mask(%s)'%(n,n))
        elif f['kind']=='list':
            parts.append('"%s=" + %s'%(n,n))
        else:
            parts.append('"%s=" + %s'%(n,n))
    L.append('        return "%s[" + %s + "]";'%(name, ' + ", "\n                + '.join(parts)))
    L.append('    }\n')
    # Builder
    L.append('    /** Builds a {@link %s}; also the JSON reader\'s entry point, so JSON input gets the same defaults. */'%name)
    L.append('    @JsonPOJOBuilder(withPrefix = "json")')
    L.append('    public static final class Builder {\n')
    for f in fields:
        if f['kind']=='list': L.append('        private final List<%s> %s = new ArrayList<>();'%(f['type'],f['name']))
        else: L.append('        private %s %s;'%(f['type'],f['name']))
    L.append('\n        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */')
    L.append('        private long jsonSeen;')
    L.append('\n        private Builder() {\n        }\n')
    for f in fields:
        n=f['name']; t=f['type']
        if f['kind']=='list':
            L.append('        /** Replaces %s. */'%f['doc'])
            L.append('        public Builder %s(Collection<%s> values) {'%(n,t))
            L.append('            this.%s.clear();\n            if (values != null) {\n                int i = 0;\n                for (%s v : values) {\n                    if (v == null) {\n                        throw new EmrException(CoreError.REQUIRED, "%s[" + i + "]");\n                    }\n                    i++;\n                }\n                this.%s.addAll(values);\n            }\n            return this;\n        }\n'%(n,t,n,n))
            sing = n[:-1] if n.endswith('s') else n
            if n=='diagnoses': sing='diagnosis'
            if n=='supplies': sing='supply'
            L.append('        /** Adds one to %s. */'%f['doc'])
            L.append('        public Builder add%s(%s value) {'%(sing[0].upper()+sing[1:], t))
            L.append('            this.%s.add(Objects.requireNonNull(value, "%s"));\n            return this;\n        }\n'%(n,sing))
        else:
            L.append('        /** Sets %s. */'%f['doc'])
            L.append('        public Builder %s(%s value) {\n            this.%s = value;\n            return this;\n        }\n'%(n,t,n))
    for i,f in enumerate(fields):
        n=f['name']; t=f['type']
        pt = 'Collection<%s>'%t if f['kind']=='list' else t
        L.append('        @JsonProperty("%s")'%n)
        L.append('        private Builder json%s%s(%s value) {'%(n[0].upper(),n[1:],pt))
        L.append('            jsonOnce(%dL, "%s");'%(1<<i if i<62 else 0, n))
        L.append('            return %s(value);\n        }\n'%n)
    L.append('        private void jsonOnce(long bit, String field) {')
    L.append('            if ((jsonSeen & bit) != 0) {')
    L.append('                throw new EmrException(CoreError.JSON_DUPLICATE_FIELD, field, field);')
    L.append('            }')
    L.append('            jsonSeen |= bit;')
    L.append('        }\n')
    L.append('        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */')
    L.append('        public %s build() {\n            return new %s(this);\n        }\n    }\n}'%(name,name))
    open(os.path.join(OUT,name+'.java'),'w').write('\n'.join(L)+'\n')
print('ok', len(MODELS))
