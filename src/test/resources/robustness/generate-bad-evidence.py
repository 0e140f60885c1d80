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
    b=io.BytesIO(); z=zipfile.ZipFile(b,'w',deflate)
    put=z.writestr
    def fixed(name, data):  # fixed entry times, so regenerating changes nothing
        info=zipfile.ZipInfo(name, date_time=(2020,1,1,0,0,0)); info.compress_type=deflate; put(info, data)
    z.writestr=fixed
    z.writestr('[Content_Types].xml','<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    z.writestr('_rels/.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr('xl/workbook.xml','<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % name)
    z.writestr('xl/_rels/workbook.xml.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr('xl/worksheets/sheet1.xml', sheet_xml)
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
for name,(files,expect) in cases.items():
    d=os.path.join(root,name); os.makedirs(d)
    if 'profile.json' not in files:
        open(os.path.join(d,'profile.json'),'wb').write(profile)
    for f,c in files.items():
        os.makedirs(os.path.dirname(os.path.join(d,f)), exist_ok=True)
        open(os.path.join(d,f),'wb').write(c if isinstance(c,bytes) else c.encode('utf-8'))
    for link,target in links.get(name,{}).items():
        os.symlink(target, os.path.join(d,link))
    open(os.path.join(d,'EXPECT.md'),'w').write('\n'.join(expect)+'\n')
print(len(cases))
