<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdmissionScreen</name>
    <message>
        <location filename="../cart_bedside/ui/admission/admission_screen.py" line="+143"/>
        <source>the birth date is in the future</source>
        <translation>出生日期晚于今天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the age or the birth date</source>
        <translation>请填写年龄或出生日期</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not admitted</source>
        <translation>未能办理入院</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bed</source>
        <translation>床号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>身高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion</source>
        <translation>回输时间</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Protocol: {protocol} ({why})</source>
        <translation>处理方案：{protocol}（{why}）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Admit a patient</source>
        <translation>患者入院登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit</source>
        <translation>办理入院</translation>
    </message>
</context>
<context>
    <name>AlertRowWidget</name>
    <message>
        <location filename="../cart_bedside/ui/record/alert_row.py" line="+121"/>
        <source>Critical</source>
        <extracomment>Alerts that open a panel of their own (the HLH/MAS table and checklist, §4). An acknowledged alert: every part grey, the severity still named.</extracomment>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: {source}</source>
        <translation>依据：{source}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> — note: {note}</source>
        <translation> — 备注：{note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledge…</source>
        <translation>确认知晓…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table and checklist…</source>
        <translation>处理表与核对…</translation>
    </message>
</context>
<context>
    <name>AlertsTasksTab</name>
    <message>
        <location filename="../cart_bedside/ui/record/alerts_tasks_tab.py" line="+190"/>
        <source>Tap a due or overdue check first.</source>
        <translation>请先点选一项待办或已超时的评估。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tasks this shift</source>
        <translation>本班任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician co-sign…</source>
        <translation>医生复核签名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done…</source>
        <translation>未做…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alerts: {open} open, {seen} acknowledged</source>
        <translation>警示：{open} 条待处理，{seen} 条已确认</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{overdue} overdue · {due} due · {done} done</source>
        <translation>已超时 {overdue} · 本班待办 {due} · 已完成 {done}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · {later} for a later shift</source>
        <translation> · 以后班次 {later}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CRS {grade}: {state}</source>
        <translation>CRS {grade} 级：{state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICANS {grade}: {state}</source>
        <translation>ICANS {grade} 级：{state}</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/amend_dialog.py" line="+161"/>
        <source>Nothing changed: correct a value first.</source>
        <extracomment>The values the simple editor offers per record kind (field → hard range).</extracomment>
        <translation>数值未改动：请先更正数值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason is required.</source>
        <translation>必须填写更正原因。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amend a record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend: {kind}, observed {time}</source>
        <translation>更正：{kind}，测量时间 {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now recorded: {values}. The original stays readable in the History.</source>
        <translation>当前记录：{values}。原始记录仍保留在历史记录中可查。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>心率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic BP</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Why is it amended? (required)</source>
        <translation>更正原因（必填）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typing error</source>
        <translation>录入错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misread the measurement</source>
        <translation>读数有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against the source</source>
        <translation>已与原始记录核对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a reason</source>
        <translation>输入原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save amendment</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/audit_panel.py" line="+149"/>
        <location line="+150"/>
        <source>Everyone</source>
        <extracomment>Quick date ranges: days back from today (None: every date).</extracomment>
        <translation>全部用户</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>All patients</source>
        <translation>全部患者</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Bed {bed} · {name}</source>
        <translation>{bed} 床 · {name}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The check could not run: {error}</source>
        <translation>核对未能完成：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the audit log, records, signatures, users and settings…</source>
        <translation>正在核对审计日志、记录、签名、用户和设置…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(+{n} more: run cart-bedside verify for the list)</source>
        <translation>（另有 {n} 处：运行 cart-bedside verify 查看完整列表）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} entries shown, newest first</source>
        <translation>显示 {n} 条，最新的在前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — more match: narrow the filters</source>
        <translation>——还有更多符合条件的记录，请缩小筛选范围</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything</source>
        <translation>全部核对</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/audit_table_model.py" line="+48"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admission</source>
        <translation>住院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neuro check</source>
        <translation>神经评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluids</source>
        <translation>出入量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medication</source>
        <translation>用药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lab</source>
        <translation>检验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert acknowledged</source>
        <translation>警示确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ward setting</source>
        <translation>病区设置</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ward name</source>
        <translation>病区名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift names</source>
        <translation>班次名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluid day start</source>
        <translation>出入量统计日起始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation</source>
        <translation>升级监测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tocilizumab limits</source>
        <translation>托珠单抗用药限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-lock</source>
        <translation>自动锁屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paediatric dosing</source>
        <translation>儿童剂量说明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>values confirmed</source>
        <translation>确认的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower grade confirmed</source>
        <translation>确认降级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored from</source>
        <translation>恢复自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admissions</source>
        <translation>住院人次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limits overridden</source>
        <translation>超出的限量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amends</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended by</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong PINs in a row</source>
        <translation>连续输错 PIN 次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN changed</source>
        <translation>PIN 已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema version</source>
        <translation>数据库版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cipher version</source>
        <translation>加密版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message ID</source>
        <translation>消息编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>character set</source>
        <translation>字符集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results</source>
        <translation>结果数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unmatched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose (mg)</source>
        <translation>剂量（mg）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>physician</source>
        <translation>医生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>BackgroundSection</name>
    <message>
        <location filename="../cart_bedside/ui/admission/background_section.py" line="+117"/>
        <source>HBV, CNS and conditions</source>
        <extracomment>Stored ``Patient.hbv_status`` codes (None: not known). HBsAg positive also sets the ``hbsag_positive`` condition the HBV rules read (seed 000 7.2). Conditions offered here (``KNOWN_CONDITIONS``); each changes a rule.</extracomment>
        <translation>乙肝、中枢神经系统及合并症</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBV status</source>
        <translation>乙肝病毒（HBV）感染状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBsAg− / anti-HBc+</source>
        <translation>HBsAg− / 抗-HBc+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBsAg positive</source>
        <translation>HBsAg 阳性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HBeAg positive</source>
        <translation>HBeAg 阳性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prior CNS disease</source>
        <translation>既往中枢神经系统疾病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myasthenia gravis (avoid quinolones and sulfonamides)</source>
        <translation>重症肌无力（避免喹诺酮类、磺胺类药物）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developmental delay (CAPD instead of ICE)</source>
        <translation>发育迟缓（用 CAPD 代替 ICE 评估）</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/backup_panel.py" line="+111"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ward&apos;s database is replaced by {file}. Everything recorded after this backup is no longer in the record (the replaced database is kept aside, not deleted). Everyone is signed out and the app opens the restored database.</source>
        <translation>病区数据库将被 {file} 替换。该备份之后录入的内容将不再出现在记录中（被替换的数据库会另行保留，不会删除）。所有用户将被退出登录，程序随后打开恢复后的数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tablet replaced</source>
        <translation>更换了平板电脑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restored. Opening the restored database…</source>
        <translation>已恢复，正在打开恢复后的数据库…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The copy in the second location failed: {error}</source>
        <translation>第二备份位置的副本写入失败：{error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{time}  ·  {size} MB  ·  {file}</source>
        <translation>{time}  ·  {size} MB  ·  {file}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups (newest first)</source>
        <translation>备份列表（最新的在前）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups are verified after writing and kept in {folder}. The app also backs up at every shift change and on exit.</source>
        <translation>备份写入后自动校验，保存在 {folder}。程序在每次交接班和退出时也会自动备份。</translation>
    </message>
</context>
<context>
    <name>BedCardWidget</name>
    <message>
        <location filename="../cart_bedside/ui/bed_card.py" line="+217"/>
        <source>physician ({kind} computed {grade})</source>
        <extracomment>A press that moved further than this is a drag (scrolling), not a tap.</extracomment>
        <translation>医生判定（{kind} 系统计算 {grade} 级）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ grades co-signed</source>
        <translation>✔ 医生已确认分级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grades not yet co-signed</source>
        <translation>分级待医生确认</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✎ unsigned draft</source>
        <translation>✎ 有未签名草稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} due</source>
        <translation>本班待办 {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} overdue: {what}</source>
        <translation>超时 {n} 项：{what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none overdue</source>
        <translation>无超时</translation>
    </message>
    <message>
        <location line="-10"/>
        <source> · not done {n}</source>
        <translation> · 未做 {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No open alerts</source>
        <translation>无未处理警示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{mark} Alerts ({n}):</source>
        <translation>{mark} 警示 {n} 条：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bed {bed}, {name}, {day}, CRS {crs}, ICANS {icans}</source>
        <translation>{bed} 床，{name}，{day}，CRS {crs} 级，ICANS {icans} 级</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Conflict</source>
        <translation>⚠ 修改冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} record(s) corrected differently on two tablets: a physician resolves them in History</source>
        <translation>{n} 条记录在两台平板上被改成不同的值：请医生在“记录历史”中处理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⇩ Other tablet</source>
        <translation>⇩ 其他平板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New records from another tablet at {time}</source>
        <translation>{time} 收到其他平板录入的新记录</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years} y</source>
        <translation>{years} 岁</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No vital signs yet</source>
        <translation>尚无生命体征记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{m} min ago</source>
        <translation>{m} 分钟前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h ago</source>
        <translation>{h} 小时前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vital signs {time} ({ago})</source>
        <translation>末次生命体征 {time}（{ago}）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CAPD {score}</source>
        <translation>CAPD {score} 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE {score}/10</source>
        <translation>ICE {score}/10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE –</source>
        <translation>ICE –</translation>
    </message>
</context>
<context>
    <name>BedPicker</name>
    <message>
        <location filename="../cart_bedside/ui/admission/bed_picker.py" line="+130"/>
        <source>Bed, e.g. 13</source>
        <translation>床号，例如 13</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only free beds are offered.</source>
        <translation>仅列出空床。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ward has no bed list (Settings → Beds): type the bed. An occupied bed is refused.</source>
        <translation>病区尚未设置床位列表（设置 → 床位）：请直接输入床号。已有患者的床位会被拒绝。</translation>
    </message>
</context>
<context>
    <name>CapdWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/capd.py" line="+98"/>
        <source>Does the child make eye contact with the caregiver?</source>
        <translation>患儿与照护者有眼神交流吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are the child&apos;s actions purposeful?</source>
        <translation>患儿的动作有目的性吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child aware of his/her surroundings?</source>
        <translation>患儿能察觉周围环境吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the child communicate needs and wants?</source>
        <translation>患儿能表达自己的需要和想法吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child restless?</source>
        <translation>患儿烦躁不安吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child inconsolable?</source>
        <translation>患儿难以安抚吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child underactive — very little movement while awake?</source>
        <translation>患儿活动减少——清醒时很少活动吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does it take the child a long time to respond to interactions?</source>
        <translation>患儿对互动需要很长时间才有反应吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely</source>
        <translation>很少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sometimes</source>
        <translation>有时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often</source>
        <translation>经常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unable to perform
(unarousable)</source>
        <translation>无法评估
（不可唤醒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer how often each is true; items 1–4 are scored in reverse automatically.</source>
        <translation>请按每项出现的频率作答；第1–4项由系统自动反向计分。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>CAPD: unable to perform</source>
        <translation>CAPD：无法评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPD {total}/32</source>
        <translation>CAPD {total}/32</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CAPD –/32 ({answered} of 8 answered)</source>
        <translation>CAPD –/32（已答 {answered}/8 项）</translation>
    </message>
</context>
<context>
    <name>CarryForward</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/carry_forward.py" line="+84"/>
        <source>at {time} by {name}</source>
        <translation>{time} {name} 记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at {time}</source>
        <translation>{time} 记录</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing recorded before: tap “Room air, no vasopressor” or choose what the patient is on.</source>
        <translation>此前没有记录：请点“未吸氧，未用升压药”，或选择患者正在使用的支持。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the patient, then tap “Unchanged” or change it (last recorded: {support}).</source>
        <translation>请查看患者后点“未改变”，或修改（上次记录：{support}）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required: tap what you see now (last recorded: {last}).</source>
        <translation>必填：请按现在看到的情况点选（上次记录：{last}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: tap what you see now.</source>
        <translation>必填：请按现在看到的情况点选。</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/confirm_dialog.py" line="+94"/>
        <source>Re-measured: the value is correct</source>
        <translation>已复测：数值无误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches the patient&apos;s condition</source>
        <translation>与患者病情相符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician informed</source>
        <translation>已通知医生</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm unusual values</source>
        <translation>确认异常数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These values are unusual. Please check them.</source>
        <translation>以下数值异常，请核对。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are they correct? Choose or type a reason:</source>
        <translation>为何确认无误？请选择或输入原因：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the values</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../cart_bedside/ui/record/conflict_banner.py" line="+55"/>
        <source>⚠ {n} record(s) corrected differently on two tablets: both corrections stand until a physician keeps one.</source>
        <translation>⚠ {n} 条记录在两台平板上被改成不同的值：医生选定其中一个之前，两个修改都有效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the physician.</source>
        <translation>请联系医生处理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See both versions…</source>
        <translation>查看两个版本…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/conflict_dialog.py" line="+218"/>
        <source>Choose the correction to keep.</source>
        <translation>请选择要保留的修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Will be stored: {values}. Reason: {reason}</source>
        <translation>将保存为：{values}。原因：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose limit overridden: {reason}</source>
        <translation>越过用药限制：{reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Conflicting corrections</source>
        <translation>修改冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicting corrections: {kind}, observed {time}</source>
        <translation>修改冲突：{kind}，测量时间 {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This record was corrected on two tablets while they were not in touch. Both corrections stand until a physician keeps one.</source>
        <translation>两台平板在未同步时分别修改了这条记录。医生选定其中一个之前，两个修改都有效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record was corrected on two tablets while they were not in touch. Both corrections stand until a physician keeps one: ask the physician.</source>
        <translation>两台平板在未同步时分别修改了这条记录。医生选定其中一个之前，两个修改都有效：请联系医生处理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original: {values}</source>
        <translation>原始记录：{values}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Values to keep (tap one to change it):</source>
        <translation>保留的数值（点击可修改）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this one? (required)</source>
        <translation>为什么选这个？（必填）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured again</source>
        <translation>已重新测量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked with the nurses</source>
        <translation>已与护士核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against the source</source>
        <translation>已与原始记录核对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a reason</source>
        <translation>输入原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your PIN to resolve the conflict</source>
        <translation>输入 PIN 签名，处理此修改冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PIN</source>
        <translation>请输入您的 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ConflictVersionCard</name>
    <message>
        <location filename="../cart_bedside/ui/record/conflict_version.py" line="+84"/>
        <source>Correction {n}</source>
        <translation>修改 {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{values} at {time}</source>
        <translation>{values}（{time}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved by {who}, {when}</source>
        <translation>{who} 保存于 {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On this tablet</source>
        <translation>本平板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On tablet {id}</source>
        <translation>平板 {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this one</source>
        <translation>保留这个</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/cosign_dialog.py" line="+158"/>
        <source>A grade different from the computed one needs a reason.</source>
        <translation>与系统计算分级不同时，须填写理由。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Physician&apos;s grade</source>
        <translation>医生判定分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician: confirm or correct the grades</source>
        <translation>医生确认或更正分级</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reason for a different grade (required when you correct a grade)</source>
        <translation>更正分级的理由（更正时必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hypotension from bleeding, not CRS</source>
        <translation>低血压系出血所致，非 CRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fever from infection, not CRS</source>
        <translation>发热系感染所致，非 CRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedation, not ICANS</source>
        <translation>镇静药物影响，非 ICANS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last co-signature: {meaning}</source>
        <translation>最近一次复核签名：{meaning}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested step</source>
        <translation>指南建议的处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol for this patient: {protocol}</source>
        <translation>本患者处理方案：{protocol}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source: {sources}</source>
        <translation>依据：{sources}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No management step for grade 0: keep monitoring.</source>
        <translation>0 级无需处理，继续监测。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a physician can confirm or correct the grades. Ask the physician to sign in.</source>
        <translation>只有医生可以确认或更正分级，请医生登录。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signing records your grades CRS {crs} and ICANS {icans} (computed CRS {computed_crs}, ICANS {computed_icans}) with your reason, and that you have seen the suggested step. Your name, the time and this meaning are recorded.</source>
        <translation>签名即记录您判定的 CRS {crs} 级、ICANS {icans} 级（系统计算 CRS {computed_crs} 级、ICANS {computed_icans} 级）及理由，并已知晓建议的处理。系统将记录您的姓名、时间及签名含义。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing confirms CRS {crs} and ICANS {icans} and that you have seen the suggested step. Your name, the time and this meaning are recorded.</source>
        <translation>签名即确认 CRS {crs} 级、ICANS {icans} 级，并已知晓建议的处理。系统将记录您的姓名、时间及签名含义。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Signing as: {name}</source>
        <translation>签名人：{name}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Your grade</source>
        <translation>医生判定</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Your PIN</source>
        <translation>请输入您的 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DateTimeFields</name>
    <message>
        <location filename="../cart_bedside/ui/admission/date_fields.py" line="+123"/>
        <source>{value} is not between {low} and {high}</source>
        <extracomment>(part, lowest, highest, width of the value button in px)</extracomment>
        <translation>{value} 不在 {low}–{high} 之间</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>incomplete: enter every part</source>
        <translation>不完整：请填写每一项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a date in the calendar</source>
        <translation>该日期不存在</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour</source>
        <translation>时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>DirectoryPinDialog</name>
    <message>
        <location filename="../cart_bedside/ui/admin/directory_pin.py" line="+25"/>
        <source>Ward server</source>
        <translation>病区服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN: the ward server checks it for every change of users or settings</source>
        <translation>请输入您的 PIN：每次更改用户或病区设置时，病区服务器都会核对</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../cart_bedside/ui/admission/discharge_dialog.py" line="+38"/>
        <location line="+20"/>
        <source>Discharge</source>
        <translation>出院</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Discharge {name} (bed {bed})</source>
        <translation>为 {name}（{bed} 床）办理出院</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bed {bed} becomes free at once. The record is kept: it stays readable in History and in the audit log.</source>
        <translation>{bed} 床将立即空出。病历完整保留，可在历史记录和审计日志中查阅。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharged home</source>
        <translation>出院回家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred to the ICU</source>
        <translation>转入 ICU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred to another ward</source>
        <translation>转至其他病区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred to another hospital</source>
        <translation>转至其他医院</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/dose_dialog.py" line="+198"/>
        <source>Choose the drug first.</source>
        <translation>请先选择药物。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+1"/>
        <source>Record a dose</source>
        <translation>记录用药</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Route</source>
        <translation>途径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IV</source>
        <translation>静脉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oral</source>
        <translation>口服</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subcutaneous</source>
        <translation>皮下</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+77"/>
        <source>Ordered by</source>
        <translation>开立医嘱者</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record dose</source>
        <translation>记录用药</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Dose by weight: {mg} mg ({per_kg} mg/kg)</source>
        <translation>按体重计算剂量：{mg} mg（{per_kg} mg/kg）</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Type your PIN first.</source>
        <translation>请先输入 PIN。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{drug} {mg} mg {route} at {time}, ordered by {who}</source>
        <translation>{drug} {mg} mg {route}，{time}，医嘱：{who}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
</context>
<context>
    <name>DoseTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/record/dose_table_model.py" line="+22"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>途径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered by</source>
        <translation>医嘱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>limit overridden: {reason}</source>
        <translation>越过用药限制：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>= dexamethasone {mg} mg</source>
        <translation>相当于地塞米松 {mg} mg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
</context>
<context>
    <name>DrugPicker</name>
    <message>
        <location filename="../cart_bedside/ui/record/drug_picker.py" line="+102"/>
        <source>Other…</source>
        <extracomment>The buttons, generic names as the rules know them (paracetamol is acetaminophen). The usual route of each button&apos;s drug (the nurse can change it).</extracomment>
        <translation>其他…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the drug</source>
        <translation>药物名称</translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message>
        <location filename="../cart_bedside/ui/record/dose_sign_pages.py" line="+73"/>
        <source>Duplicate?</source>
        <translation>是否重复录入？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No — go back</source>
        <translation>不是，返回修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, a second dose</source>
        <translation>是，确实再给一剂</translation>
    </message>
</context>
<context>
    <name>EligibilitySection</name>
    <message>
        <location filename="../cart_bedside/ui/admission/eligibility_section.py" line="+203"/>
        <source>Eligibility checklist</source>
        <extracomment>The numeric items, in the order they are typed (OK moves on).</extracomment>
        <translation>入组评估清单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not checked</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist: {source}</source>
        <translation>逐项核对：{source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each item is shown as met, not met or unknown. The app gives no verdict: the physician decides on eligibility.</source>
        <translation>每一项分别显示为符合、不符合或未知。本程序不给出结论，是否入组由医生决定。</translation>
    </message>
</context>
<context>
    <name>EntrySummary</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/summary.py" line="+30"/>
        <source>Observed {time}</source>
        <translation>观察时间 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late entry</source>
        <translation>补录</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No vital signs entered.</source>
        <translation>未录入生命体征。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vasopressors: {names}</source>
        <translation>升压药：{names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no vasopressors</source>
        <translation>未用升压药</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fluid bolus for hypotension</source>
        <translation>低血压已予液体复苏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fluids in this entry: in {intake} mL · out {output} mL · net {net} mL</source>
        <translation>本次记录出入量：入量 {intake} mL · 出量 {output} mL · 净平衡 {net} mL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No neuro assessment in this entry.</source>
        <translation>本次未做神经评估。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAPD: unable to perform</source>
        <translation>CAPD：无法评估</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CAPD not done</source>
        <translation>未做 CAPD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE: unable to perform</source>
        <translation>ICE：无法完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ICE not done</source>
        <translation>未做 ICE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>handwriting sample</source>
        <translation>有书写样本</translation>
    </message>
</context>
<context>
    <name>ErrorBannerWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/error_banner.py" line="+31"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>FhirExportButton</name>
    <message>
        <location filename="../cart_bedside/ui/fhir_export_button.py" line="+74"/>
        <source>FHIR R4 file written (readable by this account only):
{path}</source>
        <translation>FHIR R4 文件已写出（仅本账户可读）：
{path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The FHIR export failed: {error}</source>
        <translation>FHIR 导出失败：{error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>FHIR export</source>
        <translation>FHIR 导出</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <location filename="../cart_bedside/ui/first_run.py" line="+160"/>
        <source>Welcome: set up the ward</source>
        <translation>欢迎：设置病区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ward has no users yet. Create the administrator&apos;s account; the administrator then adds the nurses and physicians.</source>
        <translation>本病区还没有用户。请先创建管理员账号，再由管理员添加护士和医生。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Head nurse Wang</source>
        <translation>例如 王护士长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN has {low} to {high} digits. Keep it secret: every record you sign carries your name.</source>
        <translation>PIN 为 {low}–{high} 位数字。请勿告诉他人：您签名的每条记录都带有您的姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the PIN again</source>
        <translation>重新设置 PIN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1. Choose a PIN</source>
        <translation>1. 设置 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Type the same PIN again</source>
        <translation>2. 再次输入相同的 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a user name first.</source>
        <translation>请先输入用户名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user name has no spaces.</source>
        <translation>用户名不能包含空格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN 为 4–8 位数字。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two PINs differ. Choose the PIN again.</source>
        <translation>两次输入的 PIN 不一致，请重新设置。</translation>
    </message>
</context>
<context>
    <name>FluidLinesWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/fluid_lines.py" line="+134"/>
        <source>IV fluids</source>
        <translation>静脉输液</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood products</source>
        <translation>血制品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral</source>
        <translation>口服</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enteral</source>
        <translation>肠内营养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV medications</source>
        <translation>静脉用药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urine</source>
        <translation>尿量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drains</source>
        <translation>引流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stool</source>
        <translation>大便</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emesis</source>
        <translation>呕吐物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other output</source>
        <translation>其他出量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In</source>
        <translation>入量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>出量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other volume</source>
        <translation>其他量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fluid lines this shift yet.</source>
        <translation>本班次尚无出入量记录。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a category, then a volume.</source>
        <translation>请先选择类别，再选择量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {intake} mL · Out {output} mL · Net {net} mL</source>
        <translation>入量 {intake} mL · 出量 {output} mL · 净平衡 {net} mL</translation>
    </message>
</context>
<context>
    <name>FluidsPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/fluids_page.py" line="+80"/>
        <source>Fluid line {number}</source>
        <extracomment>How many fluid days before the current one the page lists.</extracomment>
        <translation>第 {number} 条出入量</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Charted earlier this shift ({shift}): in {intake} mL · out {output} mL</source>
        <translation>本班次（{shift}）此前已记录：入量 {intake} mL · 出量 {output} mL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shift total with this entry: in {intake} mL · out {output} mL · net {net} mL</source>
        <translation>含本次的班次合计：入量 {intake} mL · 出量 {output} mL · 净平衡 {net} mL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fluid day from {start}, with this entry: in {intake} mL · out {output} mL · net {net} mL</source>
        <translation>本日 24 小时出入量（{start} 起，含本次）：入量 {intake} mL · 出量 {output} mL · 净平衡 {net} mL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fluid days before:</source>
        <translation>前几日 24 小时出入量：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {start}: in {intake} mL · out {output} mL · net {net} mL</source>
        <translation>{start} 起：入量 {intake} mL · 出量 {output} mL · 净平衡 {net} mL</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Net charted since admission: {net} mL</source>
        <translation>入院后累计净平衡：{net} mL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · since infusion: {net} mL</source>
        <translation> · 回输后累计：{net} mL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · weight {kg} kg ({change} kg from baseline)</source>
        <translation> · 体重 {kg} kg（较基线 {change} kg）</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../cart_bedside/ui/record/followup_panel.py" line="+68"/>
        <source>OK</source>
        <translation>无异常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>当前不用</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+34"/>
        <source>Source: {source}</source>
        <translation>依据：{source}</translation>
    </message>
</context>
<context>
    <name>GradeBadge</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/grade_badge.py" line="+76"/>
        <source>{kind}: not assessed</source>
        <translation>{kind}：未评估</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} grade {grade}</source>
        <translation>{kind} {grade}级</translation>
    </message>
</context>
<context>
    <name>GradeReasonsPanel</name>
    <message>
        <location filename="../cart_bedside/ui/trend_reasons.py" line="+105"/>
        <source>no finding</source>
        <translation>无异常发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grades at {time}: CRS {crs} · ICANS {icans}</source>
        <translation>{time} 的分级：CRS {crs} 级 · ICANS {icans} 级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRS {grade}</source>
        <translation>CRS {grade} 级</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ICANS {grade}</source>
        <translation>ICANS {grade} 级</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no graded record yet</source>
        <translation>此前尚无可分级的记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the record of {time}</source>
        <translation>依据 {time} 的记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HandoverChoices</name>
    <message>
        <location filename="../cart_bedside/ui/handover_choices.py" line="+188"/>
        <source>Whole ward</source>
        <translation>全病区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ward&apos;s language: {language}</source>
        <translation>病区语言：{language}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheet for</source>
        <translation>交接范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift handed over</source>
        <translation>交接班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the sheet</source>
        <translation>记录语言</translation>
    </message>
</context>
<context>
    <name>HandoverPreview</name>
    <message>
        <location filename="../cart_bedside/ui/handover_preview.py" line="+168"/>
        <source>{pages} pages (A4)</source>
        <translation>共 {pages} 页（A4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — the first {n} shown</source>
        <translation>——显示前 {n} 页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting the pages…</source>
        <translation>正在计算页数…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ward summary page, then one section per patient ({count} patients).</source>
        <translation>病区汇总页，之后每位患者一节（共 {count} 位患者）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One patient&apos;s sheet: bed {bed}.</source>
        <translation>单个患者：{bed} 床。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} alerts</source>
        <translation>警示 {count} 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} overdue</source>
        <translation>超时 {count} 项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the sheet contains</source>
        <translation>记录内容</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../cart_bedside/ui/handover_screen.py" line="+328"/>
        <source>This computer has no print service (CUPS) the app can send a PDF to. Use “Save PDF…” and print the file from a PDF viewer.</source>
        <translation>本机没有可接收 PDF 的打印服务（CUPS），无法直接打印。请点“保存 PDF…”保存文件，再用 PDF 阅读器打印。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Making the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved to {path}: {pages} pages, beds {beds}.</source>
        <translation>已保存至 {path}：共 {pages} 页，床号 {beds}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer: {pages} pages, beds {beds}.</source>
        <translation>已发送至打印机：共 {pages} 页，床号 {beds}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the handover sheet</source>
        <translation>保存交接班记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The printer did not take the sheet: {detail}</source>
        <translation>打印机未接受打印任务：{detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be written: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet could not be made: {error}</source>
        <translation>无法生成交接班记录：{error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Printed by: {name}</source>
        <translation>打印人：{name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{shift}: {start} – {end}</source>
        <translation>{shift}：{start} 至 {end}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>‹ Ward board</source>
        <translation>‹ 病区总览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover sheet</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>HandwritingCompare</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_compare.py" line="+78"/>
        <source>Baseline (first sample)</source>
        <translation>基线（首次样本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment</source>
        <translation>本次评估</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No baseline sample</source>
        <translation>无基线样本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not written yet</source>
        <translation>尚未书写</translation>
    </message>
</context>
<context>
    <name>HandwritingDialog</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_dialog.py" line="+53"/>
        <source>Handwriting</source>
        <translation>书写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HandwritingPad</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_pad.py" line="+48"/>
        <source>Ask the patient to write a standard sentence, e.g. “The sun is shining.”</source>
        <translation>请患者写一个标准句子，例如：“今天阳光明媚。”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../cart_bedside/ui/record/history_tab.py" line="+186"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in error…</source>
        <translation>标记为录入错误…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tap a record to see its versions.</source>
        <translation>点击一条记录查看其各版本。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Original, observed {observed}, recorded {recorded} by {who}: {values}</source>
        <translation>原始记录：测量 {observed}，{who} 于 {recorded} 录入：{values}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entered in error {recorded} by {who}. Reason: {reason}</source>
        <translation>{who} 于 {recorded} 标记为录入错误。原因：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amended {recorded} by {who}: {values}. Reason: {reason}</source>
        <translation>{who} 于 {recorded} 更正为：{values}。原因：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Conflicting correction {recorded} by {who}: {values}. Reason: {reason}</source>
        <translation>⚠ 冲突的修改 {recorded} {who}：{values}。原因：{reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A physician changes this grade by grading again (&quot;Physician co-sign…&quot;).</source>
        <translation>医生如需更改此分级，请在“医生复核签名…”中重新判定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A neuro check is corrected by marking it entered in error and charting it again.</source>
        <translation>神经评估如需更正，请标记为录入错误后重新录入。</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/record/history_table_model.py" line="+26"/>
        <source>Observed</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before amendment</source>
        <translation>更正前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ conflicting corrections</source>
        <translation>⚠ 修改冲突</translation>
    </message>
</context>
<context>
    <name>HlhDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/hlh_dialog.py" line="+126"/>
        <source>HLH/MAS suspected</source>
        <translation>疑似 HLH/MAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HLH/MAS suspected: what the guidelines suggest</source>
        <translation>疑似 HLH/MAS：指南建议与确诊标准核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management (guideline suggests)</source>
        <translation>处理（指南建议）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation checklist</source>
        <translation>确诊标准核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Source: {source}</source>
        <translation>依据：{source}</translation>
    </message>
</context>
<context>
    <name>IceItemsWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/ice_items.py" line="+131"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What year is it?”</source>
        <translation>“现在是哪一年？”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What month is it?”</source>
        <translation>“现在是几月？”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What city are we in?”</source>
        <translation>“我们现在在哪个城市？”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What hospital are we in?”</source>
        <translation>“我们现在在哪家医院？”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 1</source>
        <translation>物品 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a clock</source>
        <translation>说出名称，如：钟表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 2</source>
        <translation>物品 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a pen</source>
        <translation>说出名称，如：笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 3</source>
        <translation>物品 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a button</source>
        <translation>说出名称，如：纽扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows a command</source>
        <translation>执行指令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “Show me two fingers”</source>
        <translation>如：“伸出两根手指”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a sentence</source>
        <translation>书写句子</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a standard sentence</source>
        <translation>写出一个标准句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts backwards</source>
        <translation>倒数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from 100 by 10</source>
        <translation>从100起每次减10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orientation (4 points)</source>
        <translation>定向力（4分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naming three objects (3 points)</source>
        <translation>说出3个物品名称（3分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command (1)</source>
        <translation>执行指令（1分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing (1)</source>
        <translation>书写（1分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention (1)</source>
        <translation>注意力（1分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to perform
(unarousable)</source>
        <translation>无法完成
（不可唤醒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All 10 correct</source>
        <translation>10项全部正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the
handwriting pad</source>
        <translation>打开
书写板</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>ICE: unable to perform</source>
        <translation>ICE：无法完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient unarousable</source>
        <translation>患者不可唤醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICE {score}/10</source>
        <translation>ICE {score}/10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../cart_bedside/ui/admission/identity_section.py" line="+190"/>
        <source>Patient</source>
        <translation>患者信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bed</source>
        <translation>床号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>岁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical record number</source>
        <translation>病历号（住院号）</translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <location filename="../cart_bedside/ui/integrity_watch.py" line="+54"/>
        <source>⚠ The ward&apos;s database failed its integrity check ({detail}). Tell the administrator now: they restore the latest backup in Settings → Backup and restore.</source>
        <extracomment>How much of SQLite&apos;s report the banner shows (two lines at 1280 px).</extracomment>
        <translation>⚠ 病区数据库完整性检查未通过（{detail}）。请立即通知管理员：在“设置 → 备份与恢复”中恢复最近一次备份。</translation>
    </message>
</context>
<context>
    <name>KeypadDialog</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/keypad_dialog.py" line="+40"/>
        <source>Enter a number</source>
        <translation>输入数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LabCodesTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/lab_import_models.py" line="+67"/>
        <source>Laboratory code</source>
        <translation>检验科项目代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code system</source>
        <translation>代码体系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our lab</source>
        <translation>对应本系统检验项目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>local</source>
        <translation>本院</translation>
    </message>
</context>
<context>
    <name>LabImportPanel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/lab_import_panel.py" line="+154"/>
        <source>Watched folder saved.</source>
        <translation>监听文件夹已保存。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lab codes saved.</source>
        <translation>检验代码对照已保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set and save a watched folder first.</source>
        <translation>请先设置并保存监听文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{files} files read: {stored} results imported, {unmatched} unmatched</source>
        <translation>已读取 {files} 个文件：导入 {stored} 项结果，{unmatched} 项未匹配</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Watched folder</source>
        <translation>监听文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder the laboratory writes to</source>
        <translation>检验科写入结果的文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HL7 (ORU^R01) and lab CSV files there are imported every minute and moved to imported/ or refused/.</source>
        <translation>该文件夹中的 HL7（ORU^R01）和检验 CSV 文件每分钟自动导入，之后移入 imported/（已导入）或 refused/（已拒收）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save folder</source>
        <translation>保存文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import now</source>
        <translation>立即导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ward&apos;s own lab codes (LOINC codes are built in)</source>
        <translation>本院检验项目代码对照（LOINC 代码已内置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is</source>
        <translation>对应</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>local code</source>
        <translation>本院代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported: {n} results to check</source>
        <translation>未导入：{n} 项结果待核查</translation>
    </message>
</context>
<context>
    <name>LabUlnEditor</name>
    <message>
        <location filename="../cart_bedside/ui/admin/lab_uln_editor.py" line="+111"/>
        <source>{field} upper limit of normal</source>
        <translation>{field}正常值上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>laboratory upper limits of normal</source>
        <translation>检验正常值上限</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In force: your laboratory&apos;s limits (this ward setting).</source>
        <translation>现用：本院检验科的正常值上限（本病区设置）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In force: the app&apos;s defaults (WS/T 404). Ask the physician to check them against your laboratory&apos;s reference ranges.</source>
        <translation>现用：系统默认值（WS/T 404）。请医生对照本院检验科的参考区间核对。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ALT</source>
        <translation>谷丙转氨酶 ALT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AST</source>
        <translation>谷草转氨酶 AST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total bilirubin</source>
        <translation>总胆红素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creatinine</source>
        <translation>血肌酐</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lab} (women)</source>
        <translation>{lab}（女）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lab} (men)</source>
        <translation>{lab}（男）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laboratory upper limits of normal (HLH/MAS checklist)</source>
        <translation>检验正常值上限（HLH/MAS 核对用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The upper end of your laboratory&apos;s adult reference range. The HLH/MAS checklist counts a grade 3 rise above 3 × this limit for total bilirubin and creatinine, above 5 × for AST and ALT.</source>
        <translation>本院检验科成人参考区间的上限。HLH/MAS 核对时，总胆红素、血肌酐超过此值 3 倍，AST、ALT 超过 5 倍，即为 3 级升高。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use our laboratory&apos;s limits (off: the app&apos;s defaults)</source>
        <translation>使用本院检验科的正常值上限（不选则用系统默认值）</translation>
    </message>
</context>
<context>
    <name>LabsTab</name>
    <message>
        <location filename="../cart_bedside/ui/record/labs_tab.py" line="+159"/>
        <source>ICAHT: {summary}</source>
        <extracomment>Alerts the labs raise (HLH/MAS from ferritin, neutropenia, IVIG, HBV, CRP work-up).</extracomment>
        <translation>ICAHT：{summary}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New: {alert}</source>
        <translation>新警示：{alert}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No alerts from the labs.</source>
        <translation>检验结果未触发警示。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter at least one result first.</source>
        <translation>请至少录入一项结果。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} result(s) saved.</source>
        <translation>已保存 {count} 项结果。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest results</source>
        <translation>最新结果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IgG · IVIG · HBV</source>
        <translation>IgG · 丙球 · 乙肝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} · {count} to do</source>
        <translation>{title} · {count} 项待处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No infusion time recorded yet: the follow-up is counted from it.</source>
        <translation>尚未登记回输时间：随访自回输起计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IgG and IVIG (hypogammaglobulinaemia)</source>
        <translation>IgG 与丙种球蛋白（低丙种球蛋白血症）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hepatitis B reactivation</source>
        <translation>乙肝病毒再激活</translation>
    </message>
</context>
<context>
    <name>LatestLabsModel</name>
    <message>
        <location filename="../cart_bedside/ui/record/latest_labs_model.py" line="+32"/>
        <source>Lab</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>最新结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>上次结果</translation>
    </message>
</context>
<context>
    <name>LimitsEditor</name>
    <message>
        <location filename="../cart_bedside/ui/admin/limits_editor.py" line="+96"/>
        <source>{field} ({group})</source>
        <translation>{field}（{group}）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Escalation: checks while a grade is present</source>
        <translation>升级监测：出现分级时的监测间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tocilizumab limits</source>
        <translation>托珠单抗用药限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-lock</source>
        <translation>自动锁屏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vital signs every … at grade 1</source>
        <translation>1 级时生命体征每隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE every … at grade 1</source>
        <translation>1 级时 ICE 每隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vital signs every … at grade ≥ 2</source>
        <translation>≥2 级时生命体征每隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE every … at grade ≥ 2</source>
        <translation>≥2 级时 ICE 每隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least … between doses</source>
        <translation>两次用药至少间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most … doses in 24 h</source>
        <translation>24 小时内最多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most … doses in total</source>
        <translation>累计最多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the tablet after … idle</source>
        <translation>无操作多久后自动锁屏</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>doses</source>
        <translation>次</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../cart_bedside/ui/main_window.py" line="+348"/>
        <source>Exit full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>physician</source>
        <translation>医生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>CAR-T bedside</source>
        <translation>CAR-T 床旁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admit patient</source>
        <translation>办理入院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <location filename="../cart_bedside/ui/record/medications_tab.py" line="+125"/>
        <source>Myasthenia gravis: avoid quinolones and sulfonamides.</source>
        <extracomment>Alerts shown above the doses: a myasthenia patient&apos;s antibiotic cautions.</extracomment>
        <translation>重症肌无力：避免使用喹诺酮类和磺胺类药物。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record a dose…</source>
        <translation>记录用药…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses given (newest first)</source>
        <translation>已用药物（最新在前）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Infection prophylaxis</source>
        <translation>感染预防</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} · {count} to do</source>
        <translation>{title} · {count} 项待处理</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Infection prophylaxis until neutrophil recovery</source>
        <translation>感染预防（用至粒细胞恢复）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No infusion time recorded yet: prophylaxis is counted from it.</source>
        <translation>尚未登记回输时间：预防用药自回输起计算。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dose recorded.</source>
        <translation>用药已记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit overridden by {user}: {reason}</source>
        <translation>{user} 越过用药限制：{reason}</translation>
    </message>
</context>
<context>
    <name>NavBarWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/nav_bar.py" line="+49"/>
        <source>Close (draft kept)</source>
        <translation>关闭（保留草稿）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Back</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign and save</source>
        <translation>签名保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review ›</source>
        <translation>核对 ›</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
</context>
<context>
    <name>NeuroPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/neuro_page.py" line="+122"/>
        <source>Attributable to another cause</source>
        <translation>可归因于其他原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Level of consciousness</source>
        <translation>意识水平</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Alert</source>
        <translation>清醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awakens
spontaneously</source>
        <translation>可自行
醒来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awakens
to voice</source>
        <translation>呼唤
可醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awakens only
to touch</source>
        <translation>仅触觉
刺激可醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unarousable</source>
        <translation>不可唤醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributable to another cause (e.g. sedation)</source>
        <translation>可归因于其他原因（如镇静）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seizure</source>
        <translation>癫痫发作</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rapidly
resolving</source>
        <translation>迅速缓解</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prolonged or
repetitive</source>
        <translation>持续或
反复发作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motor weakness</source>
        <translation>运动无力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cerebral oedema (imaging)</source>
        <translation>脑水肿（影像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal</source>
        <translation>局灶性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diffuse</source>
        <translation>弥漫性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other findings (do not change the grade)</source>
        <translation>其他表现（不影响分级）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“All 10 correct” is your attestation that you asked all ten items and each was answered correctly. Otherwise tap each item answered correctly.</source>
        <translation>点击“10项全部正确”即表示您确认已逐项询问全部十项且均回答正确；否则请逐项点击回答正确的项目。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CAPD</source>
        <translation>CAPD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuro assessment</source>
        <translation>神经评估</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Tremor</source>
        <translation>震颤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myoclonus</source>
        <translation>肌阵挛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache</source>
        <translation>头痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intracranial haemorrhage</source>
        <translation>颅内出血</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Required. Last recorded: {last}</source>
        <translation>必填。上次记录：{last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: tap what you see now.</source>
        <translation>必填：请按现在看到的情况点选。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written now</source>
        <translation>本次书写</translation>
    </message>
</context>
<context>
    <name>NotDoneDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/not_done_dialog.py" line="+86"/>
        <source>Kept in the record and shown on the handover; it no longer counts as overdue. A check done later in the same window still counts.</source>
        <translation>该记录将保留并显示在交班单上，不再计为超时。同一时段内之后补做的评估仍然有效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check not done</source>
        <translation>评估未做</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record as not done</source>
        <translation>记为未做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? For &quot;other&quot;, write a few words (required).</source>
        <translation>未做原因？选“其他原因”时须简要说明（必填）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reason</source>
        <translation>填写原因</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/number_field.py" line="+151"/>
        <source>{value} is outside the range {range}: not accepted</source>
        <extracomment>show a whole value without its decimals (&quot;45 岁&quot;, not &quot;45.0 岁&quot;; 1.5 stays)</extracomment>
        <translation>{value} 超出范围 {range}，不予接受</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Range {range}</source>
        <translation>范围 {range}</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/numeric_keypad.py" line="+188"/>
        <source>←
Delete</source>
        <extracomment>a refused value stays on its field (and the keypad on it) until corrected</extracomment>
        <translation>←
删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Tap a field to enter a number</source>
        <translation>点击一个项目以输入数值</translation>
    </message>
</context>
<context>
    <name>O2DeviceSelector</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/o2_device_selector.py" line="+89"/>
        <source>Room air</source>
        <extracomment>The flow decides the CRS grade here: low-flow (≤ 6 L/min) vs high-flow nasal cannula. The flow is recorded (trends, handover) but not needed for the grade.</extracomment>
        <translation>室内空气
（未吸氧）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blow-by</source>
        <translation>吹氧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nasal
cannula</source>
        <translation>鼻导管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-flow
nasal cannula</source>
        <translation>经鼻高流量
氧疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple
face mask</source>
        <translation>普通面罩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-rebreather
mask</source>
        <translation>储氧面罩
（非重复呼吸）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venturi
mask</source>
        <translation>文丘里面罩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPAP</source>
        <translation>CPAP
（持续气道正压）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BiPAP</source>
        <translation>BiPAP
（双水平正压）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanical
ventilation</source>
        <translation>有创机械通气</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oxygen support</source>
        <translation>氧疗方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oxygen flow</source>
        <translation>氧流量</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Required: ≤ 6 L/min is low-flow, above is high-flow.</source>
        <translation>必填：≤ 6 L/min 为低流量，超过为高流量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, for the trend.</source>
        <translation>选填，用于趋势图。</translation>
    </message>
</context>
<context>
    <name>OrdererPicker</name>
    <message>
        <location filename="../cart_bedside/ui/record/orderer_picker.py" line="+99"/>
        <source>Other…</source>
        <extracomment>Physicians offered as buttons (more are typed: a consultant from another ward …).</extracomment>
        <translation>其他…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the ordering physician</source>
        <translation>开立医嘱的医生姓名</translation>
    </message>
</context>
<context>
    <name>OverridePage</name>
    <message>
        <location filename="../cart_bedside/ui/record/override_page.py" line="+108"/>
        <source>Not synced: doses given on other tablets may be missing</source>
        <translation>未同步：其他平板上给的药可能未显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dose breaks a tocilizumab limit</source>
        <translation>本次给药超出托珠单抗用药限制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync first (tap the sync status at the top, then try again), or ask the physician to sign in and record the dose.</source>
        <translation>请先同步（点击顶部的同步状态，再重试），或请医生登录后记录此次给药。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the physician, you may give it anyway: record why (the override is audited under your name).</source>
        <translation>医生可决定仍然给药：请注明理由（越过限制将以您的名义记入审计日志）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a physician can override a dose limit. Ask the physician to sign in and record the dose, or go back.</source>
        <translation>只有医生可以越过用药限制。请医生登录后记录本次用药，或返回修改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checked with the ward: no other dose given</source>
        <translation>已与病区核实：没有其他给药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refractory CRS: agreed with the ICU / MDT</source>
        <translation>难治性 CRS：已与 ICU / MDT 商定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life-threatening CRS: physician&apos;s decision at the bedside</source>
        <translation>危及生命的 CRS：床旁医生决定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the dose</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override and record</source>
        <translation>越过限制并记录</translation>
    </message>
</context>
<context>
    <name>OxygenPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/oxygen_page.py" line="+88"/>
        <source>Hypotension</source>
        <translation>低血压</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap when this hypotension needed a fluid bolus (it counts for the CRS grade).</source>
        <translation>如本次低血压需要液体复苏（补液冲击），请点击（影响 CRS 分级）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Oxygen flow</source>
        <translation>氧流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oxygen and vasopressors</source>
        <translation>吸氧和升压药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressors</source>
        <translation>升压药</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Last recorded: {support}</source>
        <translation>上次记录：{support}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Unchanged</source>
        <translation>✔ 未改变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>□ Unchanged</source>
        <translation>□ 未改变</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No oxygen or vasopressor recorded before for this patient.</source>
        <translation>该患者此前没有吸氧或升压药记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Room air, no vasopressor</source>
        <translation>✔ 未吸氧，未用升压药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>□ Room air, no vasopressor</source>
        <translation>□ 未吸氧，未用升压药</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered. Change it below if it is not right.</source>
        <translation>已回答。如不对，请在下面修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the patient: tap “Unchanged”, or change the oxygen or vasopressors below.</source>
        <translation>请查看患者：点“未改变”，或在下面修改吸氧或升压药。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Treated with a fluid bolus</source>
        <translation>已予液体复苏</translation>
    </message>
</context>
<context>
    <name>PaediatricDosingEditor</name>
    <message>
        <location filename="../cart_bedside/ui/admin/paediatric_dosing_editor.py" line="+58"/>
        <source>{drug} ({group})</source>
        <translation>{drug}（{group}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paediatric dosing (patients under 18)</source>
        <translation>儿童剂量说明（18 岁以下患者）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown after every adult fixed dose for a child. Empty: the default wording. The app calculates no paediatric dose.</source>
        <translation>儿童患者的每条成人固定剂量后都会显示此说明。留空则使用默认说明。本系统不计算儿童剂量。</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <location filename="../cart_bedside/ui/patient_header.py" line="+185"/>
        <source>since infusion</source>
        <translation>回输后</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bed {bed}</source>
        <translation>{bed} 床</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{diagnosis} · {protocol}</source>
        <translation>{diagnosis} · {protocol}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>physician&apos;s grade ({kind} computed {grade})</source>
        <translation>医生判定（{kind} 系统计算 {grade} 级）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years} y</source>
        <translation>{years} 岁</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weight not recorded</source>
        <translation>未记录体重</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kg} kg ({date})</source>
        <translation>{kg} kg（{date}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B-ALL</source>
        <translation>B 细胞急性淋巴细胞白血病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B-cell lymphoma</source>
        <translation>B 细胞淋巴瘤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple myeloma</source>
        <translation>多发性骨髓瘤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoimmune neurological disease</source>
        <translation>神经系统自身免疫病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other diagnosis</source>
        <translation>其他诊断</translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <location filename="../cart_bedside/ui/patient_screen.py" line="+241"/>
        <source>‹ Ward board</source>
        <extracomment>The tabs, in order.</extracomment>
        <translation>‹ 病区总览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer bed…</source>
        <translation>转床…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge…</source>
        <translation>出院…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol…</source>
        <translation>处理方案…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift entry</source>
        <translation>班次录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medications</source>
        <translation>用药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labs</source>
        <translation>检验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts &amp;&amp; tasks</source>
        <translation>警示与任务</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/pin_dialog.py" line="+63"/>
        <source>Sign and save</source>
        <extracomment>A visible frame, also where no window manager draws one (kiosk tablets, Xvfb).</extracomment>
        <translation>签名保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your PIN to sign this entry</source>
        <translation>请输入 PIN 码为本次记录签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing as: {name}</source>
        <translation>签名人：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <location filename="../cart_bedside/ui/pin_pad.py" line="+126"/>
        <location line="+31"/>
        <source>OK</source>
        <extracomment>One geometry everywhere (sign-in, signature, co-sign, first run): the keys never move.</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>←
Delete</source>
        <translation>←
删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN keypad</source>
        <translation>PIN 键盘</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} digits entered</source>
        <translation>已输入 {n} 位</translation>
    </message>
</context>
<context>
    <name>PrintTrendsButton</name>
    <message>
        <location filename="../cart_bedside/ui/trend_print.py" line="+85"/>
        <source>Making the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Trends PDF written ({pages} pages, readable by this account only):
{path}</source>
        <translation>趋势图 PDF 已生成（共 {pages} 页，仅本账户可读）：
{path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trends PDF could not be made: {error}</source>
        <translation>趋势图 PDF 生成失败：{error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Print trends</source>
        <translation>打印趋势图</translation>
    </message>
</context>
<context>
    <name>PrintUnavailableBox</name>
    <message>
        <location filename="../cart_bedside/ui/handover_print.py" line="+87"/>
        <source>Printing is not available</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer is set up on this computer (or its print service is not running): ask IT to add the ward&apos;s printer.</source>
        <translation>这台电脑没有设置打印机（或打印服务未运行）：请联系信息科添加病区的打印机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer cannot print: the print service CUPS is not installed (packages libcups2 and cups-client): ask IT to install it.</source>
        <translation>这台电脑无法打印：未安装打印服务 CUPS（软件包 libcups2 和 cups-client）：请联系信息科安装。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can save the sheet as a PDF now and print it from another computer.</source>
        <translation>可以先把交接班记录保存为 PDF，再到其他电脑上打印。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the handover sheet</source>
        <translation>保存交接班记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProductSection</name>
    <message>
        <location filename="../cart_bedside/ui/admission/product_section.py" line="+170"/>
        <source>Diagnosis and CAR-T product</source>
        <translation>诊断与 CAR-T 产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B-ALL</source>
        <translation>B-ALL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B-NHL / DLBCL</source>
        <translation>B-NHL / DLBCL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple myeloma (MM)</source>
        <translation>多发性骨髓瘤（MM）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neurological autoimmune disease (incl. myasthenia gravis)</source>
        <translation>神经系统自身免疫病（含重症肌无力）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>靶点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costimulatory domain</source>
        <translation>共刺激域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion</source>
        <translation>回输时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name, e.g. axicabtagene ciloleucel</source>
        <translation>产品名称，例如 阿基仑赛注射液</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>身高</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../cart_bedside/ui/admission/protocol_dialog.py" line="+75"/>
        <location line="+19"/>
        <source>Change protocol</source>
        <translation>更改处理方案</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Change the protocol for bed {bed}: {name}</source>
        <translation>更改 {bed} 床 {name} 的处理方案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now: {protocol} ({why})</source>
        <translation>当前：{protocol}（{why}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protocol for this patient</source>
        <translation>本患者采用的处理方案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis clarified</source>
        <translation>诊断已明确</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MDT decision</source>
        <translation>MDT 讨论决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trial protocol</source>
        <translation>临床试验方案要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordReasonDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/reason_dialog.py" line="+53"/>
        <source>Entered in error</source>
        <translation>录入错误</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Mark this record as entered in error?</source>
        <translation>将此记录标记为录入错误？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It stays readable in the History, struck through. Why is it wrong? (required)</source>
        <translation>该记录仍会以删除线形式保留在历史记录中。错误原因（必填）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong patient</source>
        <translation>患者错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charted twice</source>
        <translation>重复录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not measured / not given</source>
        <translation>未测量 / 未给药</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Mark entered in error</source>
        <translation>标记为录入错误</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Acknowledge alert</source>
        <translation>确认警示</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Acknowledge this alert</source>
        <translation>确认已知晓此警示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name and the time are recorded. Add a note (optional):</source>
        <translation>系统将记录您的姓名和时间。可添加备注（选填）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Physician informed</source>
        <translation>已通知医生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already being treated</source>
        <translation>已在处理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known, reviewed on the ward round</source>
        <translation>已知晓，查房时已评估</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Acknowledge</source>
        <translation>确认知晓</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type a reason</source>
        <translation>输入原因</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a note</source>
        <translation>输入备注</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <location filename="../cart_bedside/ui/record/record_text.py" line="+64"/>
        <source>{category} {volume} mL</source>
        <translation>{category} {volume} mL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>T {value} °C</source>
        <translation>体温 {value} °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR {value}</source>
        <translation>心率 {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BP {sbp}/{dbp}</source>
        <translation>血压 {sbp}/{dbp}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RR {value}</source>
        <translation>呼吸 {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SpO2 {value} %</source>
        <translation>SpO2 {value} %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unable to assess</source>
        <translation>无法评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE {score}/10</source>
        <translation>ICE {score}/10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPD {score}</source>
        <translation>CAPD {score}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seizure</source>
        <translation>癫痫发作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>motor weakness</source>
        <translation>肢体无力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cerebral oedema</source>
        <translation>脑水肿</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/review_page.py" line="+212"/>
        <source>Grades from this entry</source>
        <extracomment>(border, background) of an alert by severity; the severity is also written out.</extracomment>
        <translation>本次记录得出的分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the last record</source>
        <translation>与上次记录相比的变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the protocol says for these grades</source>
        <translation>该分级对应的处理方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tocilizumab</source>
        <translation>托珠单抗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unusual values to confirm</source>
        <translation>需确认的异常数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry</source>
        <translation>本次记录</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No findings for a grade.</source>
        <translation>无分级相关表现。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{kind} grade {grade}:</source>
        <translation>{kind} {grade}级：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol for this patient: {protocol}</source>
        <translation>本患者处理方案：{protocol}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No management step for grade 0: keep monitoring.</source>
        <translation>0 级无需处理，继续监测。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <source>Source: {sources}</source>
        <translation>依据：{sources}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Tap the box below to confirm the lower grade, then sign.</source>
        <translation>请点下面的方框确认分级降低，然后再签名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I checked the patient: the lower grade is right</source>
        <translation>我已查看患者：分级降低是对的</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No alerts.</source>
        <translation>无警示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{severity}: {message}</source>
        <translation>{severity}：{message}</translation>
    </message>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/review_texts.py" line="+19"/>
        <source>No dose: the patient&apos;s weight is missing.</source>
        <translation>无法计算剂量：缺少患者体重。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose by the rules: {dose} mg ({per_kg} mg/kg × {weight} kg, weighed {when})</source>
        <translation>按规则剂量：{dose} mg（{per_kg} mg/kg × {weight} kg，称重于 {when}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Capped at the maximum single dose.</source>
        <translation>已按单次最大剂量封顶。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protocol step for these grades includes tocilizumab.</source>
        <translation>该分级的处理方案包含托珠单抗。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Doses given: {given}; remaining: {remaining} of {total}.</source>
        <translation>已用 {given} 剂；剩余 {remaining} 剂（共 {total} 剂）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No further dose allowed (maximum number of doses reached).</source>
        <translation>不可再给药（已达最大剂数）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next dose allowed: now.</source>
        <translation>下一剂：现在即可给予。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next dose allowed: not before {time}.</source>
        <translation>下一剂：不早于 {time}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No further dose allowed now.</source>
        <translation>目前不可再给药。</translation>
    </message>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/review_page.py" line="+18"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confirmed: {reason}</source>
        <translation>已确认：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to confirm when you save</source>
        <translation>保存时需确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{warning} ({status})</source>
        <translation>{warning}（{status}）</translation>
    </message>
</context>
<context>
    <name>RiskSection</name>
    <message>
        <location filename="../cart_bedside/ui/admission/risk_section.py" line="+109"/>
        <source>Risk group: {group}</source>
        <translation>风险分组：{group}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre-infusion high-risk factors</source>
        <translation>回输前高危因素</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any factor, or age 70 or over, puts the patient in the high-risk group (re-assessed on D1–D2 after lymphodepletion).</source>
        <translation>具备任一高危因素或年龄 ≥ 70 岁即归为高危组（清淋后第 1–2 天再评估）。</translation>
    </message>
</context>
<context>
    <name>SecondBackupBox</name>
    <message>
        <location filename="../cart_bedside/ui/admin/second_backup_box.py" line="+82"/>
        <location line="+52"/>
        <source>Second backup location</source>
        <translation>第二备份位置</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Look in:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this folder</source>
        <translation>使用此文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Second backup location set in Settings</source>
        <translation>在设置中设定第二备份位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second backup location cleared in Settings</source>
        <translation>在设置中取消第二备份位置</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>取消设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: backups are kept on this tablet only. Choose a USB stick or a network folder to keep a second copy of every backup there.</source>
        <translation>无：备份只保存在本平板上。可选择 U 盘或网络文件夹，每次备份都会在那里另存一份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every backup is also copied to {folder}.</source>
        <translation>每次备份同时复制到 {folder}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} cannot be reached now (USB stick removed?): backups there fail, with a banner and an audit entry, until it is back.</source>
        <translation>目前无法访问 {folder}（U 盘是否已拔出？）：在恢复连接前，写入该位置的备份都会失败，并显示提示横幅、记入审计日志。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../cart_bedside/ui/admin/settings_screen.py" line="+126"/>
        <source>Settings are for the ward administrator: sign in with an administrator account.</source>
        <translation>病区设置仅限病区管理员使用：请使用管理员账户登录。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>‹ Ward board</source>
        <translation>‹ 病区总览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward settings and administration</source>
        <translation>病区设置与管理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward settings</source>
        <translation>病区设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab import</source>
        <translation>检验结果导入</translation>
    </message>
</context>
<context>
    <name>ShiftEntryWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/entry_reviewer.py" line="+42"/>
        <source>CAPD: answer all eight items (or tap “Unable to perform”) before saving.</source>
        <translation>CAPD：保存前请完成全部8项（或点击“无法评估”）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing entered yet: there is nothing to save.</source>
        <translation>尚未录入任何内容，无需保存。</translation>
    </message>
</context>
<context>
    <name>ShiftsEditor</name>
    <message>
        <location filename="../cart_bedside/ui/admin/shifts_editor.py" line="+149"/>
        <source>{shift} start time</source>
        <extracomment>Shift names by number of shifts (those of ``service.ward_settings`` for a plain list).</extracomment>
        <translation>{shift}开始时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{shift} name on the ward</source>
        <translation>{shift}的本病区叫法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names on the ward</source>
        <translation>本病区叫法</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{n} shifts</source>
        <translation>{n} 个班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid day starts</source>
        <translation>出入量统计日起始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the ward (optional)</source>
        <translation>本病区叫法（可不填）</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../cart_bedside/ui/sign_in.py" line="+211"/>
        <source>Tap your name first (or type your user name).</source>
        <translation>请先点选您的姓名（或输入用户名）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN 为 4–8 位数字。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CAR-T bedside chart</source>
        <translation>CAR-T 床旁护理记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is signing in?</source>
        <translation>请选择您的账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type your user name:</source>
        <translation>或输入用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician</source>
        <translation>医生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tap your name</source>
        <translation>请点选您的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PIN</source>
        <translation>请输入 PIN</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../cart_bedside/ui/record/dose_sign_pages.py" line="+47"/>
        <source>Signed by {name}</source>
        <translation>签名人：{name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign the dose with your PIN</source>
        <translation>请输入 PIN 签名确认用药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
</context>
<context>
    <name>StepBarWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/step_bar.py" line="+45"/>
        <source>Vitals</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen and vasopressors</source>
        <translation>给氧与升压药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuro</source>
        <translation>神经评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluids</source>
        <translation>出入量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and sign</source>
        <translation>核对与签名</translation>
    </message>
</context>
<context>
    <name>SteroidPanel</name>
    <message>
        <location filename="../cart_bedside/ui/record/steroid_panel.py" line="+57"/>
        <source>Corticosteroids</source>
        <translation>糖皮质激素</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dexamethasone-equivalent: {mg} mg</source>
        <translation>累计相当于地塞米松：{mg} mg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days on steroids: {days}</source>
        <translation>激素使用天数：{days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last dose {time}</source>
        <translation>末次 {time}</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../cart_bedside/ui/sync_details.py" line="+95"/>
        <location line="+1"/>
        <source>Sync with the ward server</source>
        <translation>与病区服务器同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send</source>
        <translation>待上传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tablet</source>
        <translation>平板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{error} ({time})</source>
        <translation>{error}（{time}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} rows</source>
        <translation>{n} 条</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked for a sync: this updates when the round ends.</source>
        <translation>已请求同步：同步完成后这里会更新。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records charted on other tablets since then may be missing here: doses given elsewhere may not be counted.</source>
        <translation>此后在其他平板上录入的记录可能未显示：其他平板上给的药可能未计入。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} ({n} min ago)</source>
        <translation>{time}（{n} 分钟前）</translation>
    </message>
</context>
<context>
    <name>SyncIntervalBox</name>
    <message>
        <location filename="../cart_bedside/ui/admin/sync_interval_box.py" line="+62"/>
        <source>Ward server</source>
        <translation>病区服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync every …</source>
        <translation>每隔…同步一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often each enrolled tablet and workstation exchanges records with the ward server (and at once after every save).</source>
        <translation>已接入病区服务器的每台平板和工作站多久与服务器交换一次记录（每次保存后也会立即同步）。</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <location filename="../cart_bedside/ui/sync_status_bar.py" line="+86"/>
        <source>⚠ Never synced</source>
        <extracomment>How often the bar reads the status again (the worker&apos;s rounds also redraw it).</extracomment>
        <translation>⚠ 从未同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced {time}</source>
        <translation>已同步 {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not synced for {n} min</source>
        <translation>未同步 {n} 分钟</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/record/task_table_model.py" line="+34"/>
        <source>Due</source>
        <extracomment>Kinds of hand-added tasks spelt as plurals (the record kinds are singular).</extracomment>
        <translation>应完成时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by {latest}</source>
        <translation>最迟 {latest}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{status} (late)</source>
        <translation>{status}（超时）</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+17"/>
        <source>{task} (added by hand)</source>
        <translation>{task}（手动添加）</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+45"/>
        <source>later shift</source>
        <translation>以后班次</translation>
    </message>
</context>
<context>
    <name>TimeStepper</name>
    <message>
        <location filename="../cart_bedside/ui/record/time_stepper.py" line="+86"/>
        <source>Time</source>
        <extracomment>The buttons: label key → step.</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−1 h</source>
        <translation>−1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−15 min</source>
        <translation>−15 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+15 min</source>
        <translation>+15 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>now ({time})</source>
        <translation>现在（{time}）</translation>
    </message>
</context>
<context>
    <name>TocilizumabPanel</name>
    <message>
        <location filename="../cart_bedside/ui/record/toci_panel.py" line="+97"/>
        <source>Tocilizumab</source>
        <translation>托珠单抗</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{state} — in {countdown}</source>
        <translation>{state}——还需 {countdown}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dose by weight: {mg} mg ({per_kg} mg/kg)</source>
        <translation>按体重计算剂量：{mg} mg（{per_kg} mg/kg）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{time}: {mg} mg, ordered by {ordered}, given by {given}</source>
        <translation>{time}：{mg} mg，医嘱 {ordered}，执行 {given}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — override: {reason}</source>
        <translation> — 越过限制：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tocilizumab given.</source>
        <translation>尚未使用托珠单抗。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../cart_bedside/ui/admission/transfer_dialog.py" line="+47"/>
        <location line="+1"/>
        <source>Transfer to another bed</source>
        <translation>转床</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now in bed {bed}: {name}</source>
        <translation>当前：{bed} 床，{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New bed</source>
        <translation>新床位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearer the nurses&apos; station</source>
        <translation>靠近护士站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isolation room</source>
        <translation>需要隔离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient&apos;s request</source>
        <translation>患者要求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer</source>
        <translation>确认转床</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <location filename="../cart_bedside/ui/trends_tab.py" line="+277"/>
        <source>The trends could not be drawn: {error}</source>
        <extracomment>Data older than this is re-read when the range changes (the window ends at &quot;now&quot;).</extracomment>
        <translation>无法绘制趋势图：{error}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tap a point to see its value, the time and who recorded it.</source>
        <translation>点击数据点，查看数值、时间和记录人。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Drawing the trends…</source>
        <translation>正在绘制趋势图…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>72 h</source>
        <translation>72 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since infusion</source>
        <translation>回输以来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late entry</source>
        <translation>补录</translation>
    </message>
</context>
<context>
    <name>UnmatchedTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/lab_import_models.py" line="-48"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message / line</source>
        <translation>消息 / 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRN and name</source>
        <translation>病历号和姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test (code)</source>
        <translation>检验项目（代码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not imported</source>
        <translation>未导入原因</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../cart_bedside/ui/admin/user_dialog.py" line="+146"/>
        <source>The PIN must be {low} to {high} digits</source>
        <translation>PIN 须为 {low}–{high} 位数字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two PINs differ: type the new PIN again</source>
        <translation>两次输入的 PIN 不一致，请重新输入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the new PIN ({low}–{high} digits)</source>
        <translation>请输入新 PIN（{low}–{high} 位数字）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same PIN again</source>
        <translation>请再次输入相同的 PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN for {name} ({user})</source>
        <translation>为 {name}（{user}）设置新 PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician</source>
        <translation>医生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. wangli</source>
        <translation>例如 wangli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 王丽</source>
        <translation>例如 王丽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/users_panel.py" line="+114"/>
        <source>User {user} created</source>
        <translation>已创建用户 {user}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New PIN set for {user}</source>
        <translation>已为 {user} 设置新 PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{user} unlocked</source>
        <translation>{user} 已解锁</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deactivate {user}?</source>
        <translation>停用 {user}？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account can no longer sign in. It is not deleted: its records keep its name, and it can be reactivated.</source>
        <translation>该账户将无法登录。账户不会被删除：其录入的记录仍保留其姓名，之后可重新启用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the ward</source>
        <translation>已调离本病区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Long leave</source>
        <translation>长期休假</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{user} deactivated</source>
        <translation>{user} 已停用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reactivate {user}?</source>
        <translation>重新启用 {user}？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account can sign in again with its PIN.</source>
        <translation>该账户可再次使用原 PIN 登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back on the ward</source>
        <translation>已返回本病区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} reactivated</source>
        <translation>{user} 已重新启用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the role of {user}</source>
        <translation>更改 {user} 的角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: {role}</source>
        <translation>当前角色：{role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New post</source>
        <translation>岗位调整</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{user} is now {role}</source>
        <translation>{user} 的角色已改为{role}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reactivate…</source>
        <translation>重新启用…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset PIN…</source>
        <translation>重置 PIN…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/users_table_model.py" line="+40"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>physician</source>
        <translation>医生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active ({n} wrong PINs)</source>
        <translation>在用（PIN 错误 {n} 次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>VasopressorToggles</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/vasopressor_toggles.py" line="+90"/>
        <source>Norepinephrine</source>
        <extracomment>Offered in the &quot;other&quot; box (the names the logic receives); any other name may be typed. Stands for an &quot;other&quot; vasopressor whose name was not entered: it still counts.</extracomment>
        <translation>去甲肾上腺素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epinephrine</source>
        <translation>肾上腺素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dopamine</source>
        <translation>多巴胺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phenylephrine</source>
        <translation>去氧肾上腺素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressin</source>
        <translation>血管加压素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metaraminol</source>
        <translation>间羟胺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terlipressin</source>
        <translation>特利加压素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angiotensin II</source>
        <translation>血管紧张素II</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vasopressors running</source>
        <translation>正在使用的升压药</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the other vasopressor:</source>
        <translation>其他升压药名称：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or type another name</source>
        <translation>或输入其他药名</translation>
    </message>
</context>
<context>
    <name>VitalsPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/vitals_page.py" line="+172"/>
        <source>Temperature</source>
        <extracomment>How far each &quot;earlier&quot; button moves the observed time back.</extracomment>
        <translation>体温</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>心率</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>/min</source>
        <translation>次/分</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Systolic BP</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2</source>
        <translation>血氧饱和度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Observed at</source>
        <translation>观察时间</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight (optional)</source>
        <translation>体重（选填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hour</source>
        <translation>时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−{minutes} min</source>
        <translation>−{minutes} 分钟</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The diastolic ({dbp}) must be below the systolic ({sbp})</source>
        <translation>舒张压（{dbp}）必须低于收缩压（{sbp}）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday {time}</source>
        <translation>昨天 {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} min ago</source>
        <translation>{minutes} 分钟前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late entry (more than 60 min ago): it will be marked</source>
        <translation>补录（距观察已超过 60 分钟），将标记为补录</translation>
    </message>
</context>
<context>
    <name>WardBoardWidget</name>
    <message>
        <location filename="../cart_bedside/ui/ward_board.py" line="+241"/>
        <source>Ward board</source>
        <extracomment>The board redraws itself this often: due turns overdue, &quot;2 h ago&quot; moves on. cards built while the PIN is typed (prepare_card): hidden until sign-in</extracomment>
        <translation>病区总览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By bed</source>
        <translation>按床号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By severity</source>
        <translation>按病情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide names</source>
        <translation>隐藏姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{n} occupied beds</source>
        <translation>在床患者 {n} 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · updated {time}</source>
        <translation> · {time} 更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to see the ward.</source>
        <translation>请登录后查看病区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No occupied beds.</source>
        <translation>当前无在床患者。</translation>
    </message>
</context>
<context>
    <name>WardSettingsPanel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/ward_settings_panel.py" line="+267"/>
        <source>Saved: {what}</source>
        <translation>已保存：{what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changed</source>
        <translation>没有改动</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved before the refusal: {what}. </source>
        <translation>此前已保存：{what}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved — {field}: {message}</source>
        <translation>未保存——{field}：{message}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>ward name</source>
        <translation>病区名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift names</source>
        <translation>班次名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluid day start</source>
        <translation>出入量统计日起始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation</source>
        <translation>升级监测</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>tocilizumab limits</source>
        <translation>托珠单抗用药限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-lock</source>
        <translation>自动锁屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paediatric dosing</source>
        <translation>儿童剂量说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>laboratory upper limits of normal</source>
        <translation>检验正常值上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ward setting</source>
        <translation>某项病区设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol the ward follows</source>
        <translation>病区执行的方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>sync interval</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ward name</source>
        <translation>病区名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bed labels in board order, separated by commas. Empty: any bed label is accepted. A bed with a patient in it cannot be removed.</source>
        <translation>按总览中的顺序填写床号，用逗号分隔。留空则接受任意床号。有患者的床位不能删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or number the beds from 01 to …</source>
        <translation>或自动编号：从 01 到</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change (optional, audited)</source>
        <translation>修改原因（选填，记入审计日志）</translation>
    </message>
</context>
<context>
    <name>WidgetGallery</name>
    <message>
        <location filename="../tools/widget_gallery.py" line="+199"/>
        <source>cart_bedside — widget gallery</source>
        <translation>cart_bedside — 控件一览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedside widgets</source>
        <translation>床旁控件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>心率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic BP</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numeric keypad and number fields</source>
        <translation>数字键盘与数值输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade badges</source>
        <translation>分级标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE score (patients 12 years and over)</source>
        <translation>ICE评分（≥12岁患者）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAPD (children under 12)</source>
        <translation>CAPD（&lt;12岁儿童）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen</source>
        <translation>氧疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressors</source>
        <translation>升压药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid balance this shift</source>
        <translation>本班次出入量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwriting pad</source>
        <translation>书写板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwriting compared with baseline</source>
        <translation>书写与基线对比</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assessed, then grades 0–4: darker fill, thicker border and one mark per grade.</source>
        <translation>依次为未评估、0–4级：级别越高，底色越深、边框越粗，每级多一个方块标记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same badges printed in greyscale:</source>
        <translation>同一组标识的灰度打印效果：</translation>
    </message>
</context>
</TS>
