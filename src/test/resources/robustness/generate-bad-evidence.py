import os, shutil, json, zipfile, io
here=os.path.dirname(os.path.abspath(__file__))
root=os.path.join(here,'bad-evidence')
shutil.rmtree(root, ignore_errors=True)
profile=open(os.path.join(here,'../../../../rules/tests/profile.json'),'rb').read()
def ev(kind, records, extra=''):
    return '{\n  "schema": "zwgk-evidence/1",\n  "kind": "%s",%s\n  "records": [\n%s\n  ]\n}\n' % (kind, extra, ',\n'.join(records))
def push(id='SP-1', unit='"办公室"', category='"办事指南"', date='"2020-02-19"', recipients='120', extra=''):
    return '    {\n      "id": "%s",\n      "unit": %s,\n      "category": %s,\n      "date": %s,\n      "recipients": %s%s\n    }' % (id, unit, category, date, recipients, extra)
def usage(id='PU-1', unit='"法制科"', month='"2020-03-01"', operations='7'):
    return '    {\n      "id": "%s",\n      "unit": %s,\n      "month": %s,\n      "operations": %s\n    }' % (id, unit, month, operations)
def policy(id='POL-1', unit='"法制科"', published='"2020-01-10"'):
    return '    {\n      "id": "%s",\n      "unit": %s,\n      "title": "某政策",\n      "publishedOn": %s,\n      "needsInterpretation": true\n    }' % (id, unit, published)
def interp(id='INT-1', pol='POL-1'):
    return '    {\n      "id": "%s",\n      "unit": "法制科",\n      "policy": "%s",\n      "title": "解读",\n      "form": "文字",\n      "publishedOn": "2020-01-12"\n    }' % (id, pol)
def emergency(occurred):
    return '    {\n      "id": "EM-1",\n      "unit": "社管科",\n      "title": "某事件",\n      "major": true,\n      "occurredAt": %s\n    }' % occurred
def answered(field, at):
    return '    {\n      "id": "EM-1",\n      "unit": "社管科",\n      "title": "某事件",\n      "level": "重大",\n      "major": true,\n      "occurredAt": "2020-07-03T10:00",\n      "%s": "%s"\n    }' % (field, at)
def activity(units):
    return '    {\n      "id": "PA-1",\n      "title": "宣传",\n      "date": "2020-05-20",\n      "channel": "线上",\n      "units": %s\n    }' % units
def waiver(approving_body):
    return '    {\n      "id": "WV-1",\n      "task": 32,\n      "unit": "社管科",\n      "from": "2020-02-01",\n      "to": "2020-02-29",\n      "reason": "疫情期间无法登录",\n      "approver": "科长 李某",\n      "approvingBody": %s,\n      "approvedOn": "2020-03-02"\n    }' % approving_body


def application(extra):
    return '    {\n      "id": "APP-1",\n      "unit": "办公室",\n      "receivedOn": "2020-03-02",\n      "channel": "当面提交"%s\n    }' % extra
good=ev('service-push',[push()])
def nest(n):
    return '['*n + ']'*n
def xlsx(sheet_xml, name='service-push', deflate=zipfile.ZIP_DEFLATED):
    # A minimal workbook with one sheet, written by hand so each case controls the sheet's XML.
    return workbook([(name, sheet_xml)], deflate)
def workbook(sheets, deflate=zipfile.ZIP_DEFLATED):
    # A minimal workbook: sheets is a list of (name, the sheet's XML).
    b=io.BytesIO(); z=zipfile.ZipFile(b,'w',deflate)
    put=z.writestr
    def fixed(name, data):  # fixed entry times, so regenerating changes nothing
        info=zipfile.ZipInfo(name, date_time=(2020,1,1,0,0,0)); info.compress_type=deflate; put(info, data)
    z.writestr=fixed
    numbers=range(1, len(sheets) + 1)
    z.writestr('[Content_Types].xml','<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>%s</Types>' % ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n for n in numbers))
    z.writestr('_rels/.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr('xl/workbook.xml','<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (name, n, n) for n, (name, _) in zip(numbers, sheets)))
    z.writestr('xl/_rels/workbook.xml.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (n, n) for n in numbers))
    for n, (_, sheet_xml) in zip(numbers, sheets):
        z.writestr('xl/worksheets/sheet%d.xml' % n, sheet_xml)
    z.close(); return b.getvalue()
def inline(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)
def sheet(rows, prolog=''):
    body=''.join('<row r="%d">%s</row>' % (n, ''.join(cells)) for n, cells in rows)
    return '<?xml version="1.0" encoding="UTF-8"?>%s<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % (prolog, body)
HEADER=[inline('A1','id'), inline('B1','unit'), inline('C1','category'), inline('D1','date'), inline('E1','recipients')]
def push_row(n, recipients):
    return (n, [inline('A%d'%n,'SP-%d'%n), inline('B%d'%n,'办公室'), inline('C%d'%n,'办事指南'), inline('D%d'%n,'2020-02-19'), recipients])
CSV_HEAD='id,unit,category,date,recipients\n'
CSV_ROW='SP-1,办公室,办事指南,2020-02-19,3\n'
# Symbolic links: name -> target, made after the files.
links = {
 'link-dangling': {'extra.json': 'archive/2019/pushes.json'},
 'link-loop': {'first.json': 'second.json', 'second.json': 'first.json'},
 'link-to-folder': {'more.json': 'notes'},
}
cases = {
 'malformed-missing-comma': ({'pushes.json': good.replace('"办公室",','"办公室"',1)}, ['pushes.json:8:7', 'JSON 格式错误']),
 'malformed-trailing-comma': ({'pushes.json': good.replace('"recipients": 120','"recipients": 120,')}, ['pushes.json:', 'JSON 格式错误']),
 'malformed-single-quotes': ({'pushes.json': good.replace('"SP-1"',"'SP-1'")}, ['pushes.json:6:', 'JSON 格式错误']),
 'malformed-unquoted-key': ({'pushes.json': good.replace('"unit":','unit:')}, ['pushes.json:7:', 'JSON 格式错误']),
 'malformed-comment': ({'pushes.json': good.replace('"records"','// 注释\n  "records"')}, ['pushes.json:4:', 'JSON 格式错误']),
 'malformed-nan': ({'pushes.json': ev('service-push',[push(recipients='NaN')])}, ['pushes.json:10:', 'JSON 格式错误']),
 'malformed-raw-newline-in-string': ({'pushes.json': good.replace('"SP-1"','"SP-\n1"')}, ['pushes.json:', 'JSON 格式错误']),
 'truncated-mid-record': ({'pushes.json': good[:good.index('"date"')]}, ['pushes.json:', 'JSON 格式错误']),
 'truncated-mid-string': ({'pushes.json': good[:good.index('"办事指南"')+3]}, ['pushes.json:', 'JSON 格式错误']),
 'truncated-after-records': ({'pushes.json': good.rstrip()[:-1]}, ['pushes.json:', 'JSON 格式错误']),
 'empty-file': ({'pushes.json': ''}, ['pushes.json:1:1', '文件为空', '1 处证据问题']),
 'whitespace-only': ({'pushes.json': '  \n\n   \n'}, ['pushes.json:', '文件为空', '1 处证据问题']),
 'encoding-gbk': ({'pushes.json': good.encode('gbk')}, ['pushes.json:7:', 'UTF-8']),
 'encoding-utf16': ({'pushes.json': good.encode('utf-16')}, ['pushes.json:1:1', 'UTF-8']),
 'encoding-latin1-byte': ({'pushes.json': good.encode('utf-8').replace('办事指南'.encode(), b'caf\xe9')}, ['pushes.json:8:', 'UTF-8']),
 'top-level-array': ({'pushes.json': '[' + good + ']'}, ['pushes.json:1:1', '应为 JSON 对象']),
 'trailing-content': ({'pushes.json': good + good}, ['pushes.json:14:1', '多余内容']),
 'number-huge-integer': ({'pushes.json': ev('service-push',[push(recipients='99999999999999999999')])}, ['pushes.json:10:', '/records/0/recipients', '超出范围']),
 'number-int-out-of-range': ({'pushes.json': ev('service-push',[push(recipients='3000000000')])}, ['pushes.json:10:', '/records/0/recipients', '超出范围']),
 'number-too-long': ({'pushes.json': ev('service-push',[push(recipients='1'*100)])}, ['pushes.json:10:', '数字过长']),
 'number-huge-exponent': ({'pushes.json': ev('service-push',[push(recipients='1e999999')])}, ['pushes.json:10:', '/records/0/recipients']),
 'number-fraction-count': ({'pushes.json': ev('service-push',[push(recipients='12.5')])}, ['pushes.json:10:', '/records/0/recipients']),
 'nested-10000-levels': ({'pushes.json': ev('service-push',[push(extra=',\n      "extra": ' + nest(10000))])}, ['pushes.json:11:', '嵌套层数超过上限']),
 'nested-10000-top-level': ({'pushes.json': nest(10000)}, ['pushes.json:1:1', '应为 JSON 对象']),
 'nested-10000-objects-in-records': ({'pushes.json': good.replace('"records": [', '"records": [' + '{"a":'*10000 + '1' + '}'*10000 + ',')}, ['pushes.json:', '嵌套层数超过上限']),
 'date-2020-02-30': ({'pushes.json': ev('service-push',[push(date='"2020-02-30"')])}, ['pushes.json:9:', '/records/0/date', '不是有效日期']),
 'date-2020-13-01': ({'pushes.json': ev('service-push',[push(date='"2020-13-01"')])}, ['pushes.json:9:', '/records/0/date', '不是有效日期']),
 'date-slashes': ({'pushes.json': ev('service-push',[push(date='"2020/01/10"')])}, ['pushes.json:9:', '不是有效日期']),
 'date-empty-string': ({'pushes.json': ev('service-push',[push(date='""')])}, ['pushes.json:9:', '/records/0/date']),
 'date-as-number': ({'pushes.json': ev('service-push',[push(date='20200110')])}, ['pushes.json:9:', '/records/0/date']),
 'datetime-hour-25': ({'emergencies.json': ev('emergency',[emergency('"2020-02-17T25:00"')])}, ['emergencies.json:10:', '不是有效时间']),
 'emergency-response-before-event': ({'emergencies.json': ev('emergency',[answered('firstResponseAt','2020-07-03T09:30')])}, ['emergencies.json:5:', '/records/0/firstResponseAt', '首次回应时间', '早于事件发生时间']),
 'emergency-press-conference-before-event': ({'emergencies.json': ev('emergency',[answered('pressConferenceAt','2020-07-02T10:00')])}, ['emergencies.json:5:', '/records/0/pressConferenceAt', '新闻发布会时间', '早于事件发生时间']),
 'datetime-other-zone-garbage': ({'emergencies.json': ev('emergency',[emergency('"2020-02-17 09:40 CST"')])}, ['emergencies.json:10:', '不是有效时间']),
 'negative-recipients': ({'pushes.json': ev('service-push',[push(recipients='-5')])}, ['pushes.json:5:', '/records/0/recipients', '不能为负数']),
 'negative-operations': ({'usage.json': ev('platform-usage',[usage(operations='-1')])}, ['usage.json:5:', '/records/0/operations', '不能为负数']),
 'duplicate-id-across-files': ({'a.json': ev('service-push',[push(id='X-1')]), 'b.json': ev('platform-usage',[usage(id='X-1')])}, ['b.json:5:', '编号 X-1 重复', 'a.json:5:5']),
 'duplicate-id-same-file': ({'pushes.json': ev('service-push',[push(id='SP-1'), push(id='SP-1')])}, ['pushes.json:12:', '编号 SP-1 重复']),
 'duplicate-key-in-record': ({'pushes.json': good.replace('"recipients": 120','"recipients": 120,\n      "recipients": 121')}, ['pushes.json:11:', 'recipients']),
 'dangling-reference': ({'interpretations.json': ev('interpretation',[interp(pol='POL-404')])}, ['interpretations.json:5:', '/records/0/policy', 'POL-404 不存在']),
 'waiver-self-approval': ({'waivers.json': ev('waiver',[waiver('"社管科"')])}, ['waivers.json:5:', '/records/0/approvingBody', '社管科 是被调整的单位']),
 'reference-wrong-kind': ({'pushes.json': ev('service-push',[push(id='SP-9')]), 'interpretations.json': ev('interpretation',[interp(pol='SP-9')])}, ['interpretations.json:5:', 'SP-9']),
 'unknown-kind': ({'pushes.json': good.replace('"service-push"','"service-pushes"')}, ['pushes.json:3:11', '未知的证据种类']),
 'kind-not-text': ({'pushes.json': good.replace('"service-push"','42')}, ['pushes.json:3:11', '未知的证据种类']),
 'unknown-top-field': ({'pushes.json': good.replace('"records"','"comment": "x",\n  "records"')}, ['pushes.json:4:', '未知字段 comment']),
 'unknown-record-field': ({'pushes.json': ev('service-push',[push(extra=',\n      "reciepients": 3')])}, ['pushes.json:11:', '未知字段 reciepients']),
 'unit-not-in-profile': ({'pushes.json': ev('service-push',[push(unit='"财务科"')])}, ['pushes.json:5:', '财务科 不在审计配置的单位列表中']),
 'null-in-units-list': ({'activities.json': ev('publicity-activity',[activity('["办公室", null]')])}, ['activities.json:10:', '/records/0/units/1', 'null']),
 'null-in-pilot-fields-profile': ({'profile.json': profile.decode().replace('"社会保险"]','"社会保险", null]')}, ['profile.json:11:33', '/pilotFields/2', 'null']),
 'null-required-field': ({'pushes.json': ev('service-push',[push(unit='null')])}, ['pushes.json:5:', '缺少必填字段 unit']),
 'missing-required-field': ({'pushes.json': good.replace('      "date": "2020-02-19",\n','')}, ['pushes.json:5:', '缺少必填字段 date']),
 'wrong-type-text-for-count': ({'pushes.json': ev('service-push',[push(recipients='"12"')])}, ['pushes.json:10:', '应为整数']),
 'wrong-type-number-for-text': ({'pushes.json': ev('service-push',[push(unit='7')])}, ['pushes.json:7:', '应为文本']),
 'wrong-type-object-for-date': ({'pushes.json': ev('service-push',[push(date='{"y": 2020}')])}, ['pushes.json:9:', '/records/0/date']),
 'enum-not-allowed': ({'pushes.json': ev('service-push',[push(category='"短信"')])}, ['pushes.json:8:', '不是允许的取值']),
 'missing-schema': ({'pushes.json': good.replace('  "schema": "zwgk-evidence/1",\n','')}, ['pushes.json:1:1', '缺少 schema']),
 'wrong-schema': ({'pushes.json': good.replace('zwgk-evidence/1','zwgk-evidence/2')}, ['pushes.json:2:13', 'schema 应为']),
 'missing-kind': ({'pushes.json': good.replace('  "kind": "service-push",\n','')}, ['pushes.json:1:1', '缺少 kind']),
 'kind-after-records': ({'pushes.json': '{"schema": "zwgk-evidence/1",\n "records": [],\n "kind": "service-push"}\n'}, ['pushes.json:2:13', '应写在']),
 'records-not-array': ({'pushes.json': '{"schema": "zwgk-evidence/1",\n "kind": "service-push",\n "records": {}}\n'}, ['pushes.json:3:13', 'records 应为数组']),
 'record-not-object': ({'pushes.json': '{"schema": "zwgk-evidence/1",\n "kind": "service-push",\n "records": [\n  "SP-1"]}\n'}, ['pushes.json:4:3', '记录应为 JSON 对象']),
 'unsupported-file-type': ({'pushes.json': good, 'notes.txt': '备注'}, ['notes.txt', '不支持的文件类型']),
 'profile-malformed': ({'profile.json': profile.decode().replace('"auditYear": 2020,','"auditYear": 2020')}, ['profile.json:5:', 'JSON 格式错误']),
 # Hostile input, second round: one case per kind.
 'link-dangling': ({'pushes.json': good}, ['extra.json', '符号链接无法解析']),
 'link-loop': ({'pushes.json': good}, ['first.json', '成环', 'second.json']),
 'link-to-folder': ({'pushes.json': good, 'notes/README.md': '说明'}, ['more.json', '符号链接指向目录']),
 'csv-bom-in-the-middle': ({'service-push.csv': '\ufeff' + CSV_HEAD + CSV_ROW + '\ufeff' + CSV_HEAD + CSV_ROW.replace('SP-1','SP-2')}, ['service-push.csv', '第 3 行含字节顺序标记']),
 'csv-too-many-columns': ({'service-push.csv': CSV_HEAD + 'SP-1,办公室,办事指南,2020-02-19,3' + ',x' * 20000 + '\n'}, ['service-push.csv', '超过 16384 列']),
 'csv-nan-count': ({'service-push.csv': CSV_HEAD + CSV_ROW.replace(',3', ',NaN')}, ['service-push.csv', 'E2', '应为整数']),
 'xlsx-formula-without-result': ({'ledger.xlsx': xlsx(sheet([(1, HEADER), push_row(2, '<c r="E2"><f>SUM(F2:F9)</f></c>')]))}, ['ledger.xlsx', 'E2', '公式没有保存计算结果']),
 'xlsx-zip-bomb': ({'ledger.xlsx': xlsx(sheet([(1, HEADER), push_row(2, '<c r="E2"><v>3</v></c>')], '<!--' + ' ' * 30000000 + '-->'))}, ['ledger.xlsx', 'zip 炸弹']),
 'xlsx-doctype': ({'ledger.xlsx': xlsx(sheet([(1, HEADER), push_row(2, '<c r="E2"><v>3</v></c>')], '<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'))}, ['ledger.xlsx', 'DOCTYPE']),
 'xlsx-repeated-row-number': ({'ledger.xlsx': xlsx(sheet([(1, HEADER), push_row(2, '<c r="E2"><v>3</v></c>'), (2, [inline('A2','SP-9'), inline('B2','办公室'), inline('C2','办事指南'), inline('D2','2020-02-19'), '<c r="E2"><v>4</v></c>'])]))}, ['ledger.xlsx', '第 2 行在文件中出现不止一次']),
 # A styled empty row is a few bytes zipped; 200,000 of them cost POI a minute and gigabytes.
 'xlsx-too-many-rows': ({'ledger.xlsx': xlsx(sheet([(1, HEADER), push_row(2, '<c r="E2"><v>3</v></c>')] + [(n, []) for n in range(3, 200003)]).replace('"></row>', '" s="1" customFormat="1"/>'))}, ['ledger.xlsx', '工作表“service-push”共 200002 行，超过台账每个工作表 200000 行的上限', '请删去表尾的空行']),
 'xlsx-repeated-cell': ({'ledger.xlsx': xlsx(sheet([(1, HEADER), push_row(2, '<c r="E2"><v>3</v></c><c r="E2"><v>4</v></c>')]))}, ['ledger.xlsx', '单元格 E2 在同一行中出现不止一次']),
 'profile-unit-duplicated': ({'profile.json': profile.decode().replace('"办公室", "法制科"','"办公室", "办公室"')}, ['profile.json:5:', '单位 办公室 重复']),
 'correction-before-request': ({'applications.json': ev('application',[application(',\n      "correctionRequestedOn": "2020-03-10",\n      "correctedOn": "2020-03-06"')])}, ['applications.json:5:', '/records/0/correctedOn', '收到补正日期 2020-03-06 早于补正告知日期 2020-03-10']),
 'consultation-answered-before-sent': ({'applications.json': ev('application',[application(',\n      "consultationSentOn": "2020-03-10",\n      "consultationAnsweredOn": "2020-03-09"')])}, ['applications.json:5:', '/records/0/consultationAnsweredOn', '征求意见答复日期 2020-03-09 早于征求意见发出日期 2020-03-10']),
 'correction-without-request': ({'applications.json': ev('application',[application(',\n      "correctedOn": "2020-03-06"')])}, ['applications.json:5:', '/records/0/correctedOn', '填写了收到补正日期，但没有补正告知日期']),
}
# ---------------------------------------------------------------- the loader's own cases
# Each was an inline test of the evidence loader (evidence/EvidenceLoader*Test and friends). An
# EXPECT.md written by expect() is strict: it names the number of problems, and for each problem,
# in the order the message lists them, the start of its line (file:line:column: pointer:) and the
# words its reason must contain. Places are found in the case's own text, as the Java tests did.
import textwrap
def J(text):
    # A JSON text written indented in this script, as a Java text block reads it.
    return textwrap.dedent(text).lstrip('\n')
def at(text, token, nth=1):
    # "line:column" (from 1, in characters) of the nth occurrence of token in text.
    i=-1
    for _ in range(nth):
        i=text.index(token, i+1)
    return '%d:%d' % (text.count('\n', 0, i) + 1, i - (text.rfind('\n', 0, i) + 1) + 1)
def value_at(text, field, value):
    # "line:column" of value where text has "field": value.
    member='"%s": %s' % (field, value)
    return at(text[:text.index(member) + len(member) - len(value)] + '\0', '\0')
def place(file, position=None, pointer=''):
    # How a problem's line starts: file, then line:column (none for a file as a whole), then pointer.
    return file + (':' + position if position else '') + ':' + (' ' + pointer + ':' if pointer else '')
def expect(*problems):
    # problems: (place, reason fragments...) each, in the order the refusal lists them.
    return ['%d 处证据问题' % len(problems)] + [line for p in problems for line in p]
def case(files, *problems):
    return (files, expect(*problems))
def edit(text, old, new):
    assert old in text, old
    return text.replace(old, new)
# One valid record of each kind, a field a line (evidence/RecordTemplates.java, for the JSON tests).
TEMPLATES = {
 'policy': [('id','"POL-1"'),('unit','"法制科"'),('title','"甲"'),('publishedOn','"2020-01-10"'),('needsInterpretation','false')],
 'interpretation': [('id','"INT-1"'),('unit','"法制科"'),('policy','"POL-REF"'),('title','"解读"'),('form','"文字"'),('publishedOn','"2020-01-10"')],
 'emergency': [('id','"EM-1"'),('unit','"社管科"'),('title','"某事件"'),('level','"重大"'),('major','true'),('occurredAt','"2020-02-17T09:40"')],
 'application': [('id','"APP-1"'),('unit','"办公室"'),('receivedOn','"2020-01-03"'),('extended','false')],
 'annual-report': [('id','"AR-1"'),('unit','"办公室"'),('reportYear','2019'),('publishedOn','"2020-01-20"')],
 'open-event': [('id','"OE-1"'),('unit','"社管科"'),('title','"开放日"'),('type','"政府开放日"'),('startDate','"2020-06-19"'),('endDate','"2020-06-19"')],
 'credit-disclosure': [('id','"CD-1"'),('unit','"劳动保障监察大队"'),('type','"行政许可"'),('decisionOn','"2020-01-03"'),('publishedOn','"2020-01-06"')],
 'publicity-activity': [('id','"PA-1"'),('title','"宣传"'),('date','"2020-05-20"'),('channel','"线上"'),('units','["办公室"]')],
}
# The policy the interpretation template names.
SUPPORT_POLICY = J('''
    {"schema": "zwgk-evidence/1", "kind": "policy", "records": [
      {"id": "POL-REF", "unit": "法制科", "title": "被解读的政策", "publishedOn": "2020-01-10",
       "needsInterpretation": true}]}
    ''')
def records(kind, text):
    # An evidence file of kind whose records are text, written indented in this script.
    return ev(kind, [textwrap.indent(textwrap.dedent(text).strip('\n'), '    ')])
def with_field(kind, field, value):
    # An evidence file of kind with one record whose field is value (JSON).
    fields=dict(TEMPLATES[kind]); fields[field]=value
    return ('{\n  "schema": "zwgk-evidence/1",\n  "kind": "%s",\n  "records": [\n    {\n' % kind
            + ',\n'.join('      "%s": %s' % f for f in fields.items()) + '\n    }\n  ]\n}\n')
def one_bad_value(kind, field, value, *reason):
    # A case of one record whose field holds a value the loader refuses at that value.
    text=with_field(kind, field, value)
    files={'evidence.json': text}
    if kind == 'interpretation':
        files['support-policies.json'] = SUPPORT_POLICY
    return (files, expect((place('evidence.json', value_at(text, field, value), '/records/0/' + field),) + reason))
# kind, field, value, reason: values of the wrong type (the shapes other cases above do not show).
for name, kind, field, value, reason in [
    ('wrong-type-text-for-boolean', 'emergency', 'major', '"true"', '应为 true 或 false'),
    ('wrong-type-number-for-boolean', 'emergency', 'major', '1', '应为 true 或 false'),
    ('wrong-type-text-false-for-boolean', 'application', 'extended', '"false"', '应为 true 或 false'),
    ('wrong-type-boolean-for-text', 'policy', 'title', 'true', '应为文本'),
    ('wrong-type-array-for-text', 'policy', 'unit', '["法制科"]', '应为文本'),
    ('wrong-type-fraction-for-id', 'policy', 'id', '7.5', '应为文本'),
    ('wrong-type-boolean-for-date', 'policy', 'publishedOn', 'true', '不是有效日期'),
    ('wrong-type-whole-fraction-for-year', 'annual-report', 'reportYear', '2019.0', '应为整数'),
    ('wrong-type-fraction-for-year', 'annual-report', 'reportYear', '2019.5', '应为整数'),
    ('wrong-type-object-for-time', 'emergency', 'occurredAt', '{"t": 1}', '不是有效时间'),
    ('wrong-type-number-for-time', 'emergency', 'occurredAt', '1582000000', '不是有效时间'),
    ('wrong-type-text-for-list', 'interpretation', 'channels', '"区政府门户网站"', '应为数组'),
    ('wrong-type-text-for-units', 'publicity-activity', 'units', '"办公室"', '应为数组'),
    # Impossible dates and times; a date is a calendar date written as text and nothing else:
    # Jackson's lenient readings (an array of parts, a date-time cut to its date) would let a
    # clerk's typo through as some other day.
    ('date-2019-02-29', 'policy', 'publishedOn', '"2019-02-29"', '不是有效日期'),
    ('date-month-zero', 'policy', 'publishedOn', '"2020-00-10"', '不是有效日期'),
    ('date-without-leading-zeros', 'policy', 'publishedOn', '"2020-1-5"', '不是有效日期'),
    ('date-as-array', 'policy', 'publishedOn', '[2020, 1, 10]', '不是有效日期'),
    ('date-with-time', 'policy', 'publishedOn', '"2020-01-10T23:30"', '不是有效日期'),
    ('datetime-2020-02-30', 'emergency', 'occurredAt', '"2020-02-30T10:00"', '不是有效时间'),
    ('datetime-month-13', 'emergency', 'occurredAt', '"2020-13-01T10:00"', '不是有效时间'),
    ('datetime-hour-24', 'emergency', 'occurredAt', '"2020-02-17T24:30"', '不是有效时间'),
    ('datetime-space-for-t', 'emergency', 'occurredAt', '"2020-02-17 09:40"', '不是有效时间'),
    ('datetime-date-only', 'emergency', 'occurredAt', '"2020-02-17"', '不是有效时间'),
]:
    cases[name] = one_bad_value(kind, field, value, reason)
# A value outside a closed vocabulary: the reason lists the allowed ones.
for name, kind, field, value, allowed in [
    ('enum-interpretation-form', 'interpretation', 'form', '"长图"', '文字、图表图解、视频、动漫、流程演示、音频、H5、新闻发布会、在线访谈、其他'),
    ('enum-open-event-type', 'open-event', 'type', '"开放月"', '政府开放日、政府开放周、网络问政'),
    ('enum-credit-disclosure-type', 'credit-disclosure', 'type', '"行政强制"', '行政许可、行政处罚'),
    ('enum-publicity-activity-channel', 'publicity-activity', 'channel', '"网上"', '线上、线下'),
]:
    cases[name] = one_bad_value(kind, field, value, '值 ' + value, '不是允许的取值', allowed)

T = records('policy', '''
        {
          "id": "POL-1",
          "unit": "法制科",
          "colour": "red",
          "title": "甲",
          "publishedOn": "2020-01-10",
          "size": 33333,
          "needsInterpretation": false
        },
        {
          "id": "POL-2",
          "unit": "法制科",
          "title": "乙",
          "publishedOn": "2020-01-10",
          "needsInterpretation": false
        },
        {
          "id": "POL-3",
          "unit": "法制科",
          "title": "丙",
          "colour": { "r": 255, "g": [1, 2] },
          "publishedOn": "2020-01-10",
          "tags": ["a", "b"],
          "needsInterpretation": false
        }
    ''')
cases['unknown-field-in-every-record'] = case({'policies.json': T},
    (place('policies.json', at(T, '"red"'), '/records/0/colour'), '未知字段 colour'),
    (place('policies.json', at(T, '33333'), '/records/0/size'), '未知字段 size'),
    (place('policies.json', at(T, '{ "r"'), '/records/2/colour'), '未知字段 colour'),
    (place('policies.json', at(T, '["a"'), '/records/2/tags'), '未知字段 tags'))
T = records('major-decision', '''
        {
          "id": "MD-1",
          "unit": "社管科",
          "title": "制定某办法",
          "consultations": [
            { "method": "座谈", "date": "2020-03-04" },
            { "date": "2020-03-05", "method": "听证",
              "where": "room 3" }
          ],
          "decidedOn": "2020-03-20"
        }
    ''')
cases['unknown-field-in-nested-object'] = case({'major-decisions.json': T},
    (place('major-decisions.json', at(T, '"room 3"'), '/records/0/consultations/1/where'), '未知字段 where'))
T = records('emergency', '''
        {
          "id": "EM-1",
          "unit": "社管科",
          "colour": "red",
          "title": "某事件",
          "level": "一般",
          "major": "yes",
          "occurredAt": "2020-02-17T09:40"
        }
    ''')
cases['wrong-type-and-unknown-field-in-one-record'] = case({'emergencies.json': T},
    (place('emergencies.json', at(T, '"red"'), '/records/0/colour'), '未知字段 colour'),
    (place('emergencies.json', at(T, '"yes"'), '/records/0/major'), '应为 true 或 false'))
# Each Chinese character is three bytes in UTF-8 but one column in an editor.
T = records('interpretation', '''
        { "id": "INT-1", "unit": "法制科", "policy": "POL-REF", "title": "一图读懂某办法", "form": "长图",
          "publishedOn": "2020-01-10" }
    ''')
assert at(T, '"长图"') == '5:86'
cases['columns-counted-in-characters'] = case({'interpretations.json': T, 'support-policies.json': SUPPORT_POLICY},
    (place('interpretations.json', '5:86', '/records/0/form'), '值 "长图"'))
T = records('major-decision', '''
        {
          "id": "MD-1",
          "unit": "社管科",
          "title": "制定某办法",
          "consultations": [
            { "method": "座谈", "date": "2020-03-04" },
            { "method": "问卷", "date": "2020-03-05" }
          ],
          "decidedOn": "2020-03-20"
        }
    ''')
cases['enum-in-nested-object'] = case({'major-decisions.json': T},
    (place('major-decisions.json', at(T, '"问卷"'), '/records/0/consultations/1/method'), '值 "问卷"',
     '听证、座谈、专项听取意见、实地走访、书面征求意见、问卷调查、民意调查、网上征求意见'))
T = records('publicity-activity', '''
        { "id": "PA-1", "title": "t", "date": "2020-05-20", "channel": 0, "units": ["办公室"] },
        { "id": "PA-2", "title": "t", "date": "2020-05-20", "channel": "", "units": ["办公室"] }
    ''')
cases['enum-as-number-or-empty-text'] = case({'activities.json': T},
    (place('activities.json', value_at(T, 'channel', '0'), '/records/0/channel'), '线上、线下'),
    (place('activities.json', value_at(T, 'channel', '""'), '/records/1/channel'), '线上、线下'))
T = records('open-event', '''
        { "id": "OE-1", "unit": "社管科", "title": "开放日", "type": "政府开放日",
          "startDate": "2020-06-19", "endDate": "2020-06-19" },
        { "id": "OE-2", "unit": "社管科", "startDate": "2020-06-19" },
        { "unit": "社管科", "title": null, "type": "网络问政", "startDate": "2020-07-09",
          "endDate": "2020-07-09" }
    ''')
second, third = at(T, '{ "id": "OE-2"'), at(T, '{ "unit"')
cases['missing-required-fields-of-each-record'] = case({'open-events.json': T},
    (place('open-events.json', second, '/records/1/endDate'), '缺少必填字段 endDate'),
    (place('open-events.json', second, '/records/1/title'), '缺少必填字段 title'),
    (place('open-events.json', second, '/records/1/type'), '缺少必填字段 type'),
    (place('open-events.json', third, '/records/2/id'), '缺少必填字段 id'),
    (place('open-events.json', third, '/records/2/title'), '缺少必填字段 title'))
T = records('major-decision', '''
        {},
        { "id": "MD-2", "unit": "社管科", "title": "制定某办法",
          "consultations": [ { "method": "座谈" } ] }
    ''')
empty, second = at(T, '{}'), at(T, '{ "id": "MD-2"')
cases['missing-required-fields-of-empty-and-nested-records'] = case({'major-decisions.json': T},
    (place('major-decisions.json', empty, '/records/0/decidedOn'), '缺少必填字段 decidedOn'),
    (place('major-decisions.json', empty, '/records/0/id'), '缺少必填字段 id'),
    (place('major-decisions.json', empty, '/records/0/title'), '缺少必填字段 title'),
    (place('major-decisions.json', empty, '/records/0/unit'), '缺少必填字段 unit'),
    (place('major-decisions.json', second, '/records/1/consultations/0/date'), '缺少必填字段'),
    (place('major-decisions.json', second, '/records/1/decidedOn'), '缺少必填字段 decidedOn'))
T = records('application', '''
        { "id": "APP-1", "subject": "申请公开某材料" }
    ''')
cases['missing-required-fields-optional-boolean-left-out'] = case({'applications.json': T},
    (place('applications.json', at(T, '{ "id"'), '/records/0/receivedOn'), '缺少必填字段 receivedOn'),
    (place('applications.json', at(T, '{ "id"'), '/records/0/unit'), '缺少必填字段 unit'))
# Dates in an impossible order are reported at the record, with both dates.
T = records('open-event', '''
        { "id": "OE-1", "unit": "社管科", "title": "开放周", "type": "政府开放周",
          "startDate": "2020-06-15", "endDate": "2020-06-15" },
        { "id": "OE-2", "unit": "社管科", "title": "开放周", "type": "政府开放周",
          "startDate": "2020-06-15", "endDate": "2020-06-14" }
    ''')
cases['open-event-ends-before-it-starts'] = case({'open-events.json': T},
    (place('open-events.json', at(T, '{ "id": "OE-2"'), '/records/1/endDate'), '结束日期 2020-06-14 早于开始日期 2020-06-15'))
# EM-2 answers at 09:50 Shanghai time, after the event; EM-3 at 09:30, before it; EM-4 at once.
T = records('emergency', '''
        { "id": "EM-1", "unit": "社管科", "title": "甲", "level": "重大", "major": true,
          "occurredAt": "2020-02-17T09:40", "firstResponseAt": "2020-02-17T09:39" },
        { "id": "EM-2", "unit": "社管科", "title": "乙", "level": "重大", "major": true,
          "occurredAt": "2020-02-17T09:40", "firstResponseAt": "2020-02-17T01:50Z" },
        { "id": "EM-3", "unit": "社管科", "title": "丙", "level": "重大", "major": true,
          "occurredAt": "2020-02-17T09:40", "firstResponseAt": "2020-02-17T01:30Z" },
        { "id": "EM-4", "unit": "社管科", "title": "丁", "level": "重大", "major": true,
          "occurredAt": "2020-02-17T09:40", "firstResponseAt": "2020-02-17T09:40" }
    ''')
cases['emergency-response-before-event-across-offsets'] = case({'emergencies.json': T},
    (place('emergencies.json', at(T, '{ "id": "EM-1"'), '/records/0/firstResponseAt'), '早于事件发生时间'),
    (place('emergencies.json', at(T, '{ "id": "EM-3"'), '/records/2/firstResponseAt'), '早于事件发生时间'))
T = records('credit-disclosure', '''
        { "id": "CD-1", "unit": "劳动保障监察大队", "type": "行政许可",
          "decisionOn": "2020-01-06", "publishedOn": "2020-01-03" }
    ''')
cases['credit-published-before-decision'] = case({'credit-disclosures.json': T},
    (place('credit-disclosures.json', at(T, '{ "id"'), '/records/0/publishedOn'), '公示日期 2020-01-03 早于决定日期 2020-01-06'))
T = records('publication', '''
        { "id": "CA-1", "unit": "办公室", "category": "主动公开目录", "title": "目录",
          "publishedOn": "2020-06-10", "elements": ["索引", "传真号码"] }
    ''')
cases['publication-element-of-another-category'] = case({'publications.json': T},
    (place('publications.json', at(T, '{ "id"'), '/records/0/elements'), '所载要素“传真号码”属于政府信息公开指南，不属于本记录的类别主动公开目录'))
T = records('major-decision', '''
        { "id": "MD-1", "unit": "社管科", "title": "制定某办法",
          "decidedOn": "2020-03-20", "issuedOn": "2020-03-19" }
    ''')
cases['policy-issued-before-decided'] = case({'major-decisions.json': T},
    (place('major-decisions.json', at(T, '{ "id"'), '/records/0/issuedOn'), '政策出台日期 2020-03-19 早于决策日期 2020-03-20'))
T = records('publicity-activity', '''
        { "id": "PA-1", "title": "t", "date": "2020-05-20", "channel": "线上", "units": [] }
    ''')
cases['publicity-activity-without-units'] = case({'activities.json': T},
    (place('activities.json', at(T, '{ "id"'), '/records/0/units'), '至少应列出一个参与单位'))
# A record with a problem does not stop the records after it from being checked.
T = records('emergency', '''
        { "id": "EM-1", "level": "重大", "major": "no", "unit": "社管科", "title": "甲",
          "occurredAt": { "at": ["2020-02-17", "09:40"] }, "responseChannel": "网站" },
        "EM-2",
        { "id": "EM-3", "occurredAt": "2020-02-30T09:40", "unit": "社管科", "title": "丙", "level": "重大", "major": true },
        { "id": "EM-4", "unit": "社管科", "title": "丁", "level": "重大", "major": true, "occurredAt": "2020-02-17T09:40" }
    ''')
cases['records-after-a-bad-record-are-checked'] = case({'emergencies.json': T},
    (place('emergencies.json', at(T, '"no"'), '/records/0/major'), '应为 true 或 false'),
    (place('emergencies.json', at(T, '"EM-2"'), '/records/1'), '记录应为 JSON 对象'),
    (place('emergencies.json', at(T, '"2020-02-30T09:40"'), '/records/2/occurredAt'), '不是有效时间'))
T = records('major-decision', '''
        { "id": "MD-1", "unit": "社管科", "title": "甲", "decidedOn": "2020-03-20",
          "consultations": [
            { "date": "2020-03-04", "method": "座谈" },
            { "date": "2020-02-30", "method": "听证" },
            { "date": 7, "method": "听证" }
          ] },
        { "id": "MD-2", "unit": "社管科", "title": "乙", "decidedOn": "2020-03-20",
          "issuedOn": "2020-03-01" }
    ''')
T2 = records('interpretation', '''
        { "id": "INT-1", "form": "文字", "unit": "法制科", "policy": "POL-REF", "title": "甲",
          "publishedOn": "2020-01-10",
          "channels": ["网站",
                       12] }
    ''')
cases['nested-error-then-next-record'] = case({'major-decisions.json': T, 'interpretations.json': T2, 'support-policies.json': SUPPORT_POLICY},
    (place('interpretations.json', at(T2, '12]'), '/records/0/channels/1'), '应为文本'),
    (place('major-decisions.json', at(T, '"2020-02-30"'), '/records/0/consultations/1/date'), '不是有效日期'),
    (place('major-decisions.json', at(T, '{ "id": "MD-2"'), '/records/1/issuedOn'), '早于决策日期'))
# The record is not built, so no half-read record reaches the later checks (unit, order).
T = records('open-event', '''
        { "id": "OE-1", "title": 5, "unit": "外单位", "type": "政府开放日",
          "startDate": "2020-06-15", "endDate": "2020-06-14" }
    ''')
cases['type-error-stops-later-checks-of-its-record'] = case({'open-events.json': T},
    (place('open-events.json', value_at(T, 'title', '5'), '/records/0/title'), '应为文本'))
# The cases above that an inline test also checked, now as strictly as it did: one problem, at the value.
for name, field, value, reason in [
    ('date-2020-02-30', 'date', '"2020-02-30"', '不是有效日期'),
    ('date-2020-13-01', 'date', '"2020-13-01"', '不是有效日期'),
    ('date-slashes', 'date', '"2020/01/10"', '不是有效日期'),
    ('date-empty-string', 'date', '""', '不是有效日期'),
    ('date-as-number', 'date', '20200110', '不是有效日期'),
    ('wrong-type-object-for-date', 'date', '{"y": 2020}', '不是有效日期'),
    ('wrong-type-number-for-text', 'unit', '7', '应为文本'),
    ('wrong-type-text-for-count', 'recipients', '"12"', '应为整数'),
]:
    files = cases[name][0]
    cases[name] = case(files, (place('pushes.json', value_at(files['pushes.json'], field, value), '/records/0/' + field), reason))
# ---------------------------------------------------------------- across records
T = records('open-event', '''
        { "id": "OE-1", "unit": "社管科", "title": "甲", "type": "政府开放日",
          "startDate": "2020-06-19", "endDate": "2020-06-19" },
        { "id": "OE-2", "unit": "社管科", "title": "乙", "type": "政府开放日",
          "startDate": "2020-06-20", "endDate": "2020-06-20" },
        { "id": "OE-1", "unit": "社管科", "title": "丙", "type": "政府开放日",
          "startDate": "2020-06-21", "endDate": "2020-06-21" },
        { "id": "OE-1", "unit": "社管科", "title": "丁", "type": "政府开放日",
          "startDate": "2020-06-22", "endDate": "2020-06-22" }
    ''')
first = place('open-events.json', at(T, '{ "id": "OE-1"'))[:-1]
assert first == 'open-events.json:5:5'
cases['duplicate-id-twice-names-the-first-place'] = case({'open-events.json': T},
    (place('open-events.json', at(T, '{ "id": "OE-1"', 2), '/records/2/id'), '编号 OE-1 重复', '首次出现于 ', first),
    (place('open-events.json', at(T, '{ "id": "OE-1"', 3), '/records/3/id'), '编号 OE-1 重复', '首次出现于 ', first))
cases['duplicate-id-across-files'] = case(cases['duplicate-id-across-files'][0],
    (place('b.json', '5:5', '/records/0/id'), '编号 X-1 重复', '首次出现于 ', 'a.json:5:5'))
cases['dangling-reference'] = case(cases['dangling-reference'][0],
    (place('interpretations.json', '5:5', '/records/0/policy'), '引用的政策文件 POL-404 不存在'))
cases['unit-not-in-profile'] = case(cases['unit-not-in-profile'][0],
    (place('pushes.json', '5:5', '/records/0/unit'), '单位 财务科 不在审计配置的单位列表中'))
T = cases['null-in-units-list'][0]['activities.json']
cases['null-in-units-list'] = case(cases['null-in-units-list'][0],
    (place('activities.json', at(T, 'null'), '/records/0/units/1'), 'null'))
T = J('''
    {"schema": "zwgk-evidence/1", "kind": "open-event", "records": [
      {"id": "OE-1", "unit": "社管科", "title": "甲", "type": "政府开放日",
       "startDate": "2020-06-19", "endDate": "2020-06-19"}]}
    ''')
T2 = records('interpretation', '''
        { "id": "INT-1", "unit": "法制科", "policy": "OE-1", "title": "甲", "form": "文字",
          "publishedOn": "2020-01-10" },
        { "id": "INT-2", "unit": "法制科", "policy": "INT-1", "title": "乙", "form": "视频",
          "publishedOn": "2020-01-10" }
    ''')
cases['reference-to-an-event-and-to-an-interpretation'] = case({'events.json': T, 'interpretations.json': T2},
    (place('interpretations.json', at(T2, '{ "id": "INT-1"'), '/records/0/policy'), '引用的 OE-1 是政府开放活动，应为政策文件'),
    (place('interpretations.json', at(T2, '{ "id": "INT-2"'), '/records/1/policy'), '引用的 INT-1 是政策解读，应为政策文件'))
T = records('publicity-activity', '''
        { "id": "PA-1", "title": "甲", "date": "2020-05-20", "channel": "线上",
          "units": ["办公室", "宣传科", "法制科", "信访科"] },
        { "id": "PA-2", "title": "乙", "date": "2020-05-21", "channel": "线下",
          "units": ["宣传科"] }
    ''')
cases['units-of-an-activity-not-in-profile'] = case({'activities.json': T},
    (place('activities.json', at(T, '{ "id": "PA-1"'), '/records/0/units/1'), '单位 宣传科 不在审计配置的单位列表中'),
    (place('activities.json', at(T, '{ "id": "PA-1"'), '/records/0/units/3'), '单位 信访科 不在审计配置的单位列表中'),
    (place('activities.json', at(T, '{ "id": "PA-2"'), '/records/1/units/0'), '单位 宣传科 不在审计配置的单位列表中'))
# A misspelt unit a catalogue covers would otherwise leave the real one uncovered without saying why.
T = records('publication', '''
        { "id": "CA-1", "unit": "办公室", "category": "主动公开目录", "title": "目录",
          "publishedOn": "2020-06-10", "coveredUnits": ["法制科", "宣传科"] }
    ''')
cases['covered-unit-not-in-profile'] = case({'publications.json': T},
    (place('publications.json', at(T, '{ "id"'), '/records/0/coveredUnits/1'), '单位 宣传科 不在审计配置的单位列表中'))
T = records('annual-report', '''
        { "id": "AR-1", "unit": "办公室 ", "reportYear": 2018, "publishedOn": "2019-03-29" }
    ''')
cases['unit-name-with-a-trailing-space'] = case({'annual-reports.json': T},
    (place('annual-reports.json', at(T, '{ "id"'), '/records/0/unit'), '单位 办公室  不在审计配置的单位列表中'))
# ---------------------------------------------------------------- files and their envelope
T = records('policies', '''
        { "id": "POL-1", "colour": "ignored, since the kind is unknown" }
    ''')
cases['unknown-kind-lists-the-known-ones'] = case({'policies.json': T},
    (place('policies.json', value_at(T, 'kind', '"policies"'), '/kind'), '未知的证据种类 policies', 'publicity-activity', 'policy', 'credit-disclosure'))
cases['wrong-schema'] = case(cases['wrong-schema'][0],
    (place('pushes.json', '2:13', '/schema'), 'schema 应为', 'zwgk-evidence/1'))
cases['kind-after-records'] = case(cases['kind-after-records'][0],
    (place('pushes.json', '2:13', '/records'), '"kind" 应写在 "records" 之前'))
cases['envelope-fields-missing'] = case({
        'a.json': '{"kind": "policy", "records": []}\n',
        'b.json': '{"schema": "zwgk-evidence/1", "records": []}\n',
        'c.json': '{"schema": "zwgk-evidence/1", "kind": "policy"}\n',
        'd.json': '{}\n'},
    (place('a.json', '1:1', '/schema'), '缺少 schema'),
    (place('b.json', '1:1', '/kind'), '缺少 kind'),
    (place('c.json', '1:1', '/records'), '缺少 records'),
    (place('d.json', '1:1', '/kind'), '缺少 kind'),
    (place('d.json', '1:1', '/records'), '缺少 records'),
    (place('d.json', '1:1', '/schema'), '缺少 schema'))
# Only the kind is wrong: the schema and records after it are there and must not be reported
# missing, nor the rest of the object taken for trailing content.
T = J('''
    {
      "kind": { "name": "policy" },
      "schema": "zwgk-evidence/1",
      "records": []
    }
    ''')
cases['kind-as-object-is-one-problem'] = case({'policies.json': T},
    (place('policies.json', value_at(T, 'kind', '{'), '/kind'), '未知的证据种类'))
T = J('''
    {
      "schema": ["zwgk-evidence/1"],
      "kind": "policy",
      "records": []
    }
    ''')
cases['schema-as-array-is-one-problem'] = case({'policies.json': T},
    (place('policies.json', value_at(T, 'schema', '['), '/schema'), 'zwgk-evidence/1'))
# End of input: line 7, just after the last character written.
T = J('''
    {
      "schema": "zwgk-evidence/1",
      "kind": "policy",
      "records": [
        { "id": "POL-1", "unit": "法制科", "title": "甲", "publishedOn": "2020-01-10",
          "needsInterpretation": false },
        { "id": "POL-2",''') + ' '
cases['truncated-between-records'] = case({'policies.json': T},
    (place('policies.json', '7:22') + ' JSON 格式错误：', 'end-of-input'))
cases['truncated-mid-string'] = case(cases['truncated-mid-string'][0],
    (place('pushes.json', '8:22') + ' JSON 格式错误：',))
cases['malformed-missing-comma'] = case(cases['malformed-missing-comma'][0],
    (place('pushes.json', '8:7') + ' JSON 格式错误：',))
T = J('''
    {
      "schema": "zwgk-evidence/1",
      "kind": "policy",
      "kind": "interpretation",
      "records": []
    }
    ''')
cases['duplicate-key-in-envelope'] = case({'policies.json': T},
    ('policies.json:4:', "Duplicate field 'kind'"))
cases['duplicate-key-in-record'] = case(cases['duplicate-key-in-record'][0],
    ('pushes.json:11:', "Duplicate field 'recipients'"))
T = records('major-decision', '''
        {
          "id": "MD-1",
          "unit": "社管科",
          "title": "制定某办法",
          "consultations": [
            {
              "method": "座谈",
              "date": "2020-03-04",
              "date": "2020-03-05"
            }
          ],
          "decidedOn": "2020-03-20"
        }
    ''')
cases['duplicate-key-in-nested-object'] = case({'major-decisions.json': T},
    ('major-decisions.json:13:', "Duplicate field 'date'"))
cases['unsupported-file-types-beside-markdown'] = case({
        'README.md': '# 证据说明', 'notes.txt': '随手记', 'scans/policy-1.pdf': '%PDF-1.4', 'policies.json.bak': '{}'},
    (place('notes.txt') + ' 不支持的文件类型',),
    (place('policies.json.bak') + ' 不支持的文件类型',),
    (place('scans/policy-1.pdf') + ' 不支持的文件类型',))
T = with_field('policy', 'unit', '"外单位"')
cases['evidence-in-a-subfolder'] = case({'2020/上半年/policies.json': T},
    (place('2020/上半年/policies.json', at(T, '{\n      "id"'), '/records/0/unit'), '外单位'))
# ---------------------------------------------------------------- the profile
P = profile.decode('utf-8')
UNITS = '"units": ["办公室", "法制科", "社管科", "劳动保障监察大队"]'
T = with_field('policy', 'title', '42')
cases['profile-missing-evidence-still-checked'] = case({'profile.json': None, 'policies.json': T},
    (place('policies.json', value_at(T, 'title', '42'), '/records/0/title'), '应为文本'),
    (place('profile.json') + ' 缺少审计配置文件 profile.json',))
T = edit(P, UNITS, '"units": [\n    "办公室",\n    "法制科",\n    "办公室",\n    "社管科",\n    "法制科"\n  ]')
cases['profile-units-duplicated-twice'] = case({'profile.json': T},
    (place('profile.json', at(T, '"办公室"', 2), '/units/2'), '单位 办公室 重复'),
    (place('profile.json', at(T, '"法制科"', 2), '/units/4'), '单位 法制科 重复'))
# One profile edit each, refused once at the value it writes (the rest of the profile is not
# "content after the object"): name, text replaced, replacement, field, value, pointer, reason.
for name, old, new, field, value, pointer, reason in [
    ('profile-units-empty', UNITS, '"units": []', 'units', '[]', '/units', '至少应列出一个单位'),
    ('profile-unknown-field', '"auditYear": 2020,', '"auditYear": 2020,\n  "colour": "red",', 'colour', '"red"', '/colour', '未知字段 colour'),
    ('profile-calendar-unknown-field', '"pilotFields": ["就业", "社会保险"]', '"pilotFields": ["就业", "社会保险"],\n  "calendar": { "daysOff": [], "holidays": [] }',
     'holidays', '[]', '/calendar/holidays', '未知字段 holidays'),
    ('profile-wrong-schema', '"zwgk-profile/1"', '"zwgk-evidence/1"', 'schema', '"zwgk-evidence/1"', '/schema', 'zwgk-profile/1'),
    ('profile-year-as-text', '"auditYear": 2020', '"auditYear": "2020"', 'auditYear', '"2020"', '/auditYear', '应为整数'),
    ('profile-anchor-2020-04-31', '"2020-04-26"', '"2020-04-31"', 'rulesIssuedOn', '"2020-04-31"', '/anchors/rulesIssuedOn', '不是有效日期'),
    ('profile-implausible-year', '"auditYear": 2020', '"auditYear": 20', 'auditYear', '20', '/auditYear', '审计年度 20 不合理'),
]:
    T = edit(P, old, new)
    cases[name] = case({'profile.json': T}, (place('profile.json', value_at(T, field, value), pointer), reason))
T = edit(P, UNITS, '"units": [\n    "办公室",\n    " "\n  ]')
cases['profile-unit-blank'] = case({'profile.json': T},
    (place('profile.json', at(T, '" "'), '/units/1'), '单位名称为空'))
cases['profile-without-schema'] = case({'profile.json': edit(P, '"schema": "zwgk-profile/1",\n', '')},
    (place('profile.json', '1:1', '/schema'), 'zwgk-profile/1'))
cases['profile-required-fields-missing'] = case({'profile.json': J('''
    {
      "schema": "zwgk-profile/1",
      "auditYear": 2020,
      "units": ["办公室"]
    }
    ''')},
    (place('profile.json', '1:1', '/anchors'), '缺少必填字段 anchors'),
    (place('profile.json', '1:1', '/organisation'), '缺少必填字段 organisation'))
# A pointer escapes "/" and "~" as RFC 6901 requires.
T = edit(P, '"rulesIssuedOn": "2020-04-26"', '"rules/issued~on": "2020-04-31"')
cases['profile-pointer-escaped'] = ({'profile.json': T},
    [place('profile.json', value_at(T, 'rules/issued~on', '"2020-04-31"'), '/anchors/rules~1issued~0on'), '不是有效日期'])
cases['profile-truncated'] = case({'profile.json': P[:P.index('"anchors"')]},
    (place('profile.json', '6:3') + ' JSON 格式错误：',))
cases['profile-duplicate-key'] = case({'profile.json': edit(P, '"auditYear": 2020,', '"auditYear": 2020,\n  "auditYear": 2021,')},
    ('profile.json:', "Duplicate field 'auditYear'"))
T = P + '{}\n'
cases['profile-trailing-content'] = case({'profile.json': T},
    (place('profile.json', at(T, '{}')) + ' JSON 对象之后还有多余内容',))
cases['profile-empty'] = case({'profile.json': ''},
    (place('profile.json', '1:1'), '文件为空'))
# With a wrong profile the evidence's units cannot be judged; only the profile is reported.
cases['profile-wrong-units-not-checked'] = case({'profile.json': edit(P, '"auditYear": 2020', '"auditYear": 2020.5'), 'policies.json': with_field('policy', 'unit', '"宣传科"')},
    ('profile.json:', '/auditYear:'))
# ---------------------------------------------------------------- the annual report's evidence
def report_tables(year, applications):
    return J('''
        {"schema": "zwgk-evidence/1", "kind": "report-tables", "records": [
          {"id": "RT-1", "unit": "办公室", "reportYear": %s,
           "applications": %s,
           "reviews": {"行政复议": [1, null, null, null, 1]}}]}
        ''') % (year, applications)
# 其他处理 has three sub-rows only from the 2021 edition on.
cases['report-table-row-of-the-other-edition'] = case({'report-tables.json': report_tables('2020', '{"三（六）2": [0, 1, 0, 0, 0, 0, 1]}')},
    ('report-tables.json:', '/records/0/applications/三（六）2: 2020 年度（国办公开办函〔2019〕60号）表三没有“三（六）2”行（应为：一、二、三（一）、三（二）、三（三）1、'
     '三（三）2、三（三）3、三（三）4、三（三）5、三（三）6、三（三）7、三（三）8、三（四）1、三（四）2、三（四）3、'
     '三（五）1、三（五）2、三（五）3、三（五）4、三（五）5、三（六）、三（七）、四）'))
cases['report-table-row-lengths-and-negative-cells'] = case({'report-tables.json': report_tables('2021', '{"一": [1, 2, 3], "二": [0, -1, 0, 0, 0, 0, -1], "三（九）": [1, 0, 0, 0, 0, 0, 1]}')},
    ('report-tables.json:', '/records/0/applications/一: 表三“一”行有 3 个数，应为 7 个（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），空格填 null'),
    ('report-tables.json:', '/records/0/applications/三（九）:'),
    ('report-tables.json:', '/records/0/applications/二/1: 表三“二”行“商业企业”列为负数 -1'),
    ('report-tables.json:', '/records/0/applications/二/6:'))
cases['null-in-meeting-units'] = ({'meetings.json': J('''
    {"schema": "zwgk-evidence/1", "kind": "meeting", "records": [
      {"id": "M-1", "type": "业务培训", "title": "培训", "date": "2020-05-01", "units": [null]}]}
    ''')}, ['meetings.json:', '数组中不能有 null 元素'])
cases['outcome-reason-not-of-its-outcome'] = case({'applications.json': J('''
    {"schema": "zwgk-evidence/1", "kind": "application", "records": [
      {"id": "A-1", "unit": "办公室", "receivedOn": "2020-01-03", "outcome": "不予公开", "outcomeReason": "重复申请"},
      {"id": "A-2", "unit": "办公室", "receivedOn": "2020-01-03", "outcome": "予以公开", "outcomeReason": "其他"},
      {"id": "A-3", "unit": "办公室", "receivedOn": "2020-01-03", "outcomeReason": "重复申请"},
      {"id": "A-4", "unit": "办公室", "receivedOn": "2020-01-03", "outcome": "不予处理", "outcomeReason": "重复申请"}]}
    ''')},
    ('applications.json:', '/records/0/outcomeReason: “重复申请”不是“不予公开”的情形之一（应为：属于国家秘密、其他法律行政法规禁止公开、'
     '危及“三安全一稳定”、保护第三方合法权益、属于三类内部事务信息、属于四类过程性信息、属于行政执法案卷、属于行政查询事项）'),
    ('applications.json:', '/records/1/outcomeReason: 办理结果“予以公开”在年报格式中不分情形，不应填写情形'),
    ('applications.json:', '/records/2/outcomeReason: 填写了情形“重复申请”但没有办理结果'))
cases['review-result-and-date-apart'] = case({'review-cases.json': J('''
    {"schema": "zwgk-evidence/1", "kind": "review-case", "records": [
      {"id": "RC-1", "unit": "办公室", "kind": "行政复议", "filedOn": "2020-03-01", "result": "维持"},
      {"id": "RC-2", "unit": "办公室", "kind": "复议后起诉", "filedOn": "2020-03-01", "result": "纠正",
       "concludedOn": "2020-02-01"},
      {"id": "RC-3", "unit": "办公室", "kind": "起诉", "filedOn": "2020-03-01"}]}
    ''')},
    ('review-cases.json:', '/records/0/concludedOn: 审结结果与审结日期应同时填写（未审结时都不填）'),
    ('review-cases.json:', '/records/1/concludedOn: 审结日期 2020-02-01 早于申请复议或起诉日期 2020-03-01'),
    ('review-cases.json:', '/records/2/kind: 值 "起诉" 不是允许的取值（允许：行政复议、未经复议直接起诉、复议后起诉）'))
T = J('''
    {"schema": "zwgk-evidence/1", "kind": "normative-document", "records": [
      { "id": "ND-1", "unit": "法制科", "type": "规章", "title": "某规定",
        "issuedOn": "2020-03-01", "publishedOn": "2020-02-28", "repealedOn": "2019-01-01" }]}
    ''')
T2 = J('''
    {"schema": "zwgk-evidence/1", "kind": "power-item", "records": [
      { "id": "QZ-1", "unit": "法制科", "category": "行政许可", "name": "某许可",
        "listedOn": "2020-06-01", "removedOn": "2020-05-31" }]}
    ''')
cases['repealed-before-issued-removed-before-listed'] = case({'normative-documents.json': T, 'power-items.json': T2},
    (place('normative-documents.json', at(T, '{ "id"'), '/records/0/publishedOn'), '公开日期 2020-02-28 早于印发日期 2020-03-01'),
    (place('normative-documents.json', at(T, '{ "id"'), '/records/0/repealedOn'), '废止日期 2019-01-01 早于印发日期 2020-03-01'),
    (place('power-items.json', at(T2, '{ "id"'), '/records/0/removedOn'), '取消日期 2020-05-31 早于列入日期 2020-06-01'))
T = J('''
    {"schema": "zwgk-evidence/1", "kind": "resource-allocation", "records": [
      { "id": "RA-1", "unit": "办公室", "type": "政府采购", "title": "物业服务",
        "eventOn": "2020-01-08", "centralised": true, "amount": -5 },
      { "id": "RA-2", "unit": "办公室", "type": "国有产权交易", "title": "车辆拍卖",
        "eventOn": "2020-05-27", "centralised": false }]}
    ''')
cases['negative-amount-and-centralised-beyond-procurement'] = case({'resource-allocations.json': T},
    (place('resource-allocations.json', at(T, '{ "id"'), '/records/0/amount'), '金额 -5 不能为负数'),
    (place('resource-allocations.json', at(T, '{ "id": "RA-2"'), '/records/1/centralised'), '只有政府采购事项才有“是否政府集中采购”'))
cases['enforcement-measure-the-law-does-not-name'] = case({'enforcement-decisions.json': J('''
    {"schema": "zwgk-evidence/1", "kind": "enforcement-decision", "records": [
      { "id": "EN-1", "unit": "劳动保障监察大队", "measure": "罚款", "decidedOn": "2020-05-01" }]}
    ''')},
    ('enforcement-decisions.json:', '罚款', '查封场所设施或者财物', '行政强制执行'))
cases['rectification-unit-not-in-profile'] = case({'rectifications.json': J('''
    {"schema": "zwgk-evidence/1", "kind": "rectification", "records": [
      { "id": "RF-1", "task": 3, "problem": "指南未及时更新", "measure": "建立变更登记",
        "responsibleUnit": "人事科", "targetDate": "2021-02-28" }]}
    ''')},
    ('rectifications.json:', '人事科', '不在审计配置的单位列表中'))

# ---------------------------------------------------------------- ledgers (evidence/LedgerEvidenceTest)
def row(n, *values):
    # Row n of a sheet: text cells from column A, None for no cell.
    return (n, [inline('%s%d' % (chr(ord('A') + c), n), v) for c, v in enumerate(values) if v is not None])
APPLICATIONS = '依申请公开办理记录'
APPLICATION_HEADER = ('编号', '单位', '收到日期', '登记日期', '答复日期', '是否延期', '申请人类型', '办理结果')
APPLICATION_COLUMNS = ('编号、单位、申请内容、收到日期、登记日期、审核日期、办理日期、答复日期、归档日期、'
    '是否延期、申请人、申请人类型、所申请信息、办理结果、办理结果情形、提交方式、确认收到日期、补正告知日期、收到补正日期、'
    '征求意见发出日期、征求意见答复日期、延期批准日期、延期告知日期、答复所述理由、答复所引法律依据、是否告知救济途径、申请人建议转主动公开')
def unknown_column(cell, name):
    return '%s: 未知列“%s”（依申请公开办理记录可用的列：%s）' % (cell, name, APPLICATION_COLUMNS)
NOT_ALLOWED = '办理结果: 值 "同意公开" 不是允许的取值（允许：予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）'
# Every problem of a workbook at its cell, all at once; the policy file's APP-2 comes second in
# name order, so it is the duplicate.
cases['xlsx-every-problem-at-its-cell'] = ({
        'ledger.xlsx': workbook([
            (APPLICATIONS, sheet([
                row(1, *APPLICATION_HEADER, '颜色', 'unit'),
                row(2, 'APP-1', '办公室', '2020/2/30', None, None, '否', '自然人', '同意公开', '红'),
                row(3, 'APP-2', '人事科', '2020-03-01', '2020-03-02'),
                row(4, 'APP-3', '办公室', None, '2020-03-02', '2020-03-01', '也许'),
                row(5, ' ', ''),
                row(6)])),
            ('政策解读', sheet([row(1, '编号', '单位', '政策编号', '标题', '解读形式', '发布日期'),
                            row(2, 'INT-1', '法制科', 'POL-404', '解读', '图表图解', '2020-04-01')])),
            ('杂项', sheet([row(1, '随便')]))]),
        'policies.json': J('''
            {"schema": "zwgk-evidence/1", "kind": "policy", "records": [
              {"id": "APP-2", "unit": "办公室", "title": "某政策", "publishedOn": "2020-01-02"}
            ]}
            ''')},
    expect(('ledger.xlsx: ' + APPLICATIONS + '!' + unknown_column('I1', '颜色'),),
           ('ledger.xlsx: 依申请公开办理记录!J1: 列“unit”与 B1 是同一字段（单位）',),
           ('ledger.xlsx: 依申请公开办理记录!C2: 收到日期: “2020/2/30”不是存在的日期',),
           ('ledger.xlsx: 依申请公开办理记录!H2: ' + NOT_ALLOWED,),
           ('ledger.xlsx: 依申请公开办理记录!B3: 单位: 单位 人事科 不在审计配置的单位列表中',),
           ('ledger.xlsx: 依申请公开办理记录!C4: 收到日期: 缺少必填字段 receivedOn',),
           ('ledger.xlsx: 依申请公开办理记录!F4: 是否延期: 值 “也许” 应为“是”或“否”',),
           ('ledger.xlsx: 政策解读!C2: 政策编号: 引用的政策文件 POL-404 不存在',),
           ('ledger.xlsx: 杂项: 工作表名不是已知的证据种类（可用：宣传活动（publicity-activity）、', '依申请公开办理记录（application）'),
           ('policies.json:2:3: /records/0/id: 编号 APP-2 重复，首次出现于 ', 'ledger.xlsx: 依申请公开办理记录 第 3 行')))
cases['xlsx-value-the-record-refuses'] = ({
        'ledger.xlsx': xlsx(sheet([row(1, *APPLICATION_HEADER), row(2, 'APP-1', '办公室', '2020-03-02', None, None, '否', '自然人', '同意公开')]), APPLICATIONS)},
    expect(('ledger.xlsx: 依申请公开办理记录!H2: ' + NOT_ALLOWED,)))
# Title and note rows above the header (the title merged across the table) are skipped, and the
# cells below keep their places.
cases['xlsx-title-rows-above-the-header'] = ({
        'ledger.xlsx': xlsx(sheet([
            row(1, '2020年依申请公开办理台账'),
            row(2),
            row(3, '填报单位：办公室', None, None, '填报日期：2021-01-05'),
            row(4, *APPLICATION_HEADER),
            row(5, 'APP-1', '办公室', '2020-03-02', None, None, '否', '自然人', '予以公开'),
            row(6, 'APP-2', '办公室', '2020/2/30', None, None, '否', '自然人', '予以公开')])
            .replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells>'), APPLICATIONS)},
    expect(('ledger.xlsx: 依申请公开办理记录!C6: 收到日期: “2020/2/30”不是存在的日期',)))
cases['csv-without-a-required-column'] = ({'application.csv': '编号,单位,登记日期\nAPP-1,办公室,2020-03-02\nAPP-2,办公室,2020-03-03\n'},
    expect(('application.csv: 第 1 行: 缺少必填列 收到日期，本表各行未读取',)))
cases['csv-data-under-no-header'] = ({'application.csv': '编号,单位,收到日期\nAPP-1,办公室,2020-03-02,备注\n'},
    expect(('application.csv: D2: 此列有数据但没有列名，无法知道是哪个字段',)))
cases['csv-title-line-above-the-header'] = ({'application.csv': '2020年依申请公开办理台账,,\n,,\n编号,单位,收到日期\nAPP-1,人事科,2020-03-02\n'},
    expect(('application.csv: B4: 单位: 单位 人事科 不在审计配置的单位列表中',)))
# A 序号 column is read past: the unit is still told at its own cell.
cases['csv-row-number-column'] = ({'application.csv': '2020年依申请公开办理台账\n序号,编号,单位,收到日期\n1,APP-1,办公室,2020-03-02\n2,APP-2,人事科,2020-03-03\n'},
    expect(('application.csv: C4: 单位: 单位 人事科 不在审计配置的单位列表中',)))
# A first row of data is not taken for a title: the table is refused at it.
cases['csv-first-row-is-data'] = ({'application.csv': 'APP-1,办公室,2020-03-02\nAPP-2,办公室,2020-03-03\n'},
    expect(('application.csv: 第 1 行: 缺少必填列 编号、单位、收到日期，本表各行未读取',),
           ('application.csv: ' + unknown_column('A1', 'APP-1'),),
           ('application.csv: ' + unknown_column('B1', '办公室'),),
           ('application.csv: ' + unknown_column('C1', '2020-03-02'),)))
cases['csv-header-under-a-title-without-a-required-column'] = ({'application.csv': '2020年依申请公开办理台账\n编号,单位,登记日期\nAPP-1,办公室,2020-03-02\n'},
    expect(('application.csv: 第 2 行: 缺少必填列 收到日期，本表各行未读取',)))
# The header is looked for in the first ten non-empty rows only; here it is the eleventh.
cases['csv-header-after-ten-rows'] = ({'application.csv': '说明\n\n' * 9 + '说明\n编号,单位,收到日期\nAPP-1,办公室,2020-03-02\n'},
    expect(('application.csv: 第 1 行: 缺少必填列 编号、单位、收到日期，本表各行未读取',),
           ('application.csv: ' + unknown_column('A1', '说明'),)))
cases['csv-not-named-for-a-kind-not-utf8-open-quote'] = ({
        '台账.csv': '编号\nX-1\n',
        'application-gbk.csv': '编号,单位,收到日期\nAPP-1,办公室,2020-03-02\n'.encode('gbk'),
        'meeting.csv': '编号,会议名称\nMTG-1,"培训\n'},
    expect(('application-gbk.csv:1:1: 不是有效的 UTF-8 文本', '在 Excel 中可另存为“CSV UTF-8（逗号分隔）”'),
           ('meeting.csv:2:1: 第 2 行起的引号没有闭合',),
           ('台账.csv: 文件名不是已知的证据种类：应为“种类.csv”或“种类-任意文字.csv”',)))
# An Excel lock file is not evidence; an old .xls is to be saved as .xlsx.
cases['xlsx-lock-file-old-xls-broken-xlsx'] = ({'~$ledger.xlsx': 'lock', 'old.xls': 'binary', 'broken.xlsx': 'not a zip'},
    expect(('broken.xlsx: 不是可读取的 Excel 工作簿（.xlsx）',),
           ('old.xls: 不支持的文件类型：证据文件应为 .json、.xlsx 或 .csv（.xls 请在 Excel 中另存为 .xlsx）',)))
for name,(files,expect) in cases.items():
    d=os.path.join(root,name); os.makedirs(d)
    if 'profile.json' not in files:
        open(os.path.join(d,'profile.json'),'wb').write(profile)
    for f,c in files.items():
        if c is None:  # a file the case must not have, such as its profile
            continue
        os.makedirs(os.path.dirname(os.path.join(d,f)), exist_ok=True)
        open(os.path.join(d,f),'wb').write(c if isinstance(c,bytes) else c.encode('utf-8'))
    for link,target in links.get(name,{}).items():
        os.symlink(target, os.path.join(d,link))
    open(os.path.join(d,'EXPECT.md'),'w').write('\n'.join(expect)+'\n')
print(len(cases))
