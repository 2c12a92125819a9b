<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/clienteling/ui/about.py" line="29"/>
        <source>About Clienteling</source>
        <translation>关于 Clienteling</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/about.py" line="40"/>
        <source>Clienteling: client dossiers for boutique advisors.</source>
        <translation>Clienteling：为门店顾问打造的客户档案。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/about.py" line="44"/>
        <source>Built %1</source>
        <translation>构建于 %1</translation>
    </message>
</context>
<context>
    <name>Aftercare</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="50"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="50"/>
        <source>Alteration</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="51"/>
        <source>Service</source>
        <translation>保养</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="51"/>
        <source>Cleaning &amp; care</source>
        <translation>清洁 &amp; 护理</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="52"/>
        <source>Engraving</source>
        <translation>刻字</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="52"/>
        <source>Bespoke order</source>
        <translation>定制订单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="56"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="57"/>
        <source>Sent to workshop</source>
        <translation>已送往工坊</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="58"/>
        <source>Quote sent</source>
        <translation>已发送报价</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="58"/>
        <source>Approved</source>
        <translation>客户已批准</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="59"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="60"/>
        <source>Back in boutique</source>
        <translation>已返回门店</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="61"/>
        <source>Collected</source>
        <translation>客户已取件</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="61"/>
        <source>Fitting</source>
        <translation>试穿</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="62"/>
        <source>Brief</source>
        <translation>需求简报</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="63"/>
        <source>Design proposal</source>
        <translation>设计方案</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="64"/>
        <source>Client confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="65"/>
        <source>Production</source>
        <translation>生产中</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="65"/>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="70"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="72"/>
        <source>Promised date passed</source>
        <translation>已过承诺日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="73"/>
        <source>Nearly breached</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="74"/>
        <source>On track</source>
        <translation>按期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="90"/>
        <source>Promised for %1 and not ready</source>
        <translation>承诺 %1 交付，尚未完成</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="94"/>
        <source>“%1” was due %2</source>
        <translation>“%1”应于 %2 完成</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="96"/>
        <source>next: “%1” due by %2</source>
        <translation>下一步：“%1”须在 %2 前完成</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="98"/>
        <source>“%1” due by %2</source>
        <translation>“%1”须在 %2 前完成</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="109"/>
        <source>Stage %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>AftercarePage</name>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="116"/>
        <source>Aftercare</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="120"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="123"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="125"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="128"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="129"/>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="130"/>
        <source>SLA breached, or past the promised date and not ready</source>
        <translation>SLA 已超时，或已过承诺日期但尚未完成</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="150"/>
        <source>Opening the book…</source>
        <translation>正在打开客户簿…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/cases.py" line="186"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n 个进行中的售后单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/cases.py" line="188"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="190"/>
        <source>No open case matches these filters.</source>
        <translation>没有符合这些筛选条件的进行中售后单。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="192"/>
        <source>No open aftercare cases. Open one from a client&apos;s dossier.</source>
        <translation>暂无进行中的售后单。请在客户档案中新建。</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="17"/>
        <source>Styling session</source>
        <translation>造型咨询</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="18"/>
        <source>Private viewing</source>
        <translation>私人鉴赏</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="19"/>
        <source>Fitting</source>
        <translation>试穿</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="20"/>
        <source>Alteration fitting</source>
        <translation>修改试穿</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="21"/>
        <source>Pickup</source>
        <translation>取件</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="21"/>
        <source>Repair drop-off</source>
        <translation>送修</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="22"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="22"/>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="26"/>
        <source>Boutique</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="26"/>
        <source>Private salon</source>
        <translation>私人沙龙</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="27"/>
        <source>Client&apos;s home</source>
        <translation>客户家中</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="27"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="28"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="32"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="32"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="33"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="33"/>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="34"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="38"/>
        <source>All-day event</source>
        <translation>全天事件</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="39"/>
        <source>Longer than a day</source>
        <translation>超过一天</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="40"/>
        <source>Repeating event</source>
        <translation>重复事件</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="41"/>
        <source>Cancelled in the calendar</source>
        <translation>已在日历中取消</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="45"/>
        <source>Already in the agenda</source>
        <translation>已在日程中</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="46"/>
        <source>Client from Clienteling</source>
        <translation>Clienteling 中的客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="47"/>
        <source>By email</source>
        <translation>按邮箱匹配</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="47"/>
        <source>By phone</source>
        <translation>按电话匹配</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="51"/>
        <source>Overlaps for the same advisor: %1</source>
        <translation>同一顾问的时间重叠：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="61"/>
        <source>To prepare</source>
        <translation>需准备</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="61"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="117"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="119"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="120"/>
        <source>%1 h %2</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="46"/>
        <source>✓ Appointment booked</source>
        <translation>✓ 预约已创建</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="51"/>
        <source>✓ Saved</source>
        <translation>✓ 已保存</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="58"/>
        <source>✓ Marked %1</source>
        <translation>✓ 已标记为%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="63"/>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="64"/>
        <source>Cancel appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="64"/>
        <source>Cancel this appointment? It stays in the agenda, marked cancelled.</source>
        <translation>取消此预约？该预约仍会保留在日程中，并标记为已取消。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="67"/>
        <source>✓ Appointment cancelled</source>
        <translation>✓ 预约已取消</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="73"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="74"/>
        <source>Pre-appointment brief…</source>
        <translation>预约前简报…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="75"/>
        <source>Write what happened…</source>
        <translation>记录预约情况…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="78"/>
        <source>Mark %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="81"/>
        <source>Book it again</source>
        <translation>恢复预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="83"/>
        <source>Cancel appointment…</source>
        <translation>取消预约…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="84"/>
        <source>Open the client&apos;s dossier</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="85"/>
        <source>Export to a calendar file…</source>
        <translation>导出为日历文件…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="95"/>
        <source>Export to a calendar file</source>
        <translation>导出为日历文件</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="107"/>
        <source>The calendar file could not be written to %1 (%2).</source>
        <translation>无法将日历文件写入 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="111"/>
        <source>✓ Exported to %1</source>
        <translation>✓ 已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="120"/>
        <source>Import a calendar file</source>
        <translation>导入日历文件</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="121"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="131"/>
        <source>The file %1 cannot be read (%2).</source>
        <translation>无法读取文件 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="136"/>
        <source>✓ Imported: %1 new, %2 changed</source>
        <translation>✓ 已导入：新增 %1 个，更改 %2 个</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="71"/>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="74"/>
        <source>Previous (PgUp)</source>
        <translation>上一页（PgUp）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="75"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="75"/>
        <source>Back to today (T)</source>
        <translation>回到今天（T）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="76"/>
        <source>Next (PgDn)</source>
        <translation>下一页（PgDn）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="77"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="77"/>
        <source>One day as a list (D)</source>
        <translation>以列表查看单日（D）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="78"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="78"/>
        <source>The week as a grid (W)</source>
        <translation>以网格查看整周（W）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="85"/>
        <source>Book appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="87"/>
        <source>Book an appointment (Ctrl+B)</source>
        <translation>新建预约（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="89"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="89"/>
        <source>Save appointments as a calendar file (.ics)</source>
        <translation>将预约保存为日历文件（.ics）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="92"/>
        <source>The period shown</source>
        <translation>当前显示的时段</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="93"/>
        <source>The chosen appointment</source>
        <translation>选中的预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="94"/>
        <source>Dates from… to…</source>
        <translation>自定日期范围…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="96"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="97"/>
        <source>Read a calendar file (.ics) from Outlook, Google or Apple Calendar</source>
        <translation>读取来自 Outlook、Google 日历或 Apple 日历的日历文件（.ics）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="117"/>
        <source>Opening the book…</source>
        <translation>正在打开客户簿…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="119"/>
        <source>Today&apos;s list</source>
        <translation>今日列表</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="121"/>
        <source>Today&apos;s appointments as a list</source>
        <translation>以列表查看今日预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="233"/>
        <source>Today: no appointments.</source>
        <translation>今天：没有预约。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="237"/>
        <source>Today, 1 appointment</source>
        <translation>今天有 1 个预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="238"/>
        <source>Today, %1 appointments</source>
        <translation>今天有 %1 个预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="245"/>
        <source>next: %1</source>
        <translation>接下来：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="247"/>
        <source>all past</source>
        <translation>均已结束</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="300"/>
        <source>Choose an appointment first.</source>
        <translation>请先选择一个预约。</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="136"/>
        <source>Book an appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="136"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="158"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="167"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="174"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="176"/>
        <source>Purpose</source>
        <translation>预约事项</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="179"/>
        <source>Hotel, address or video link</source>
        <translation>酒店、地址或视频链接</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="185"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="187"/>
        <source>The client&apos;s advisor</source>
        <translation>客户的顾问</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="192"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="194"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="198"/>
        <source>What to prepare, pieces to pull…</source>
        <translation>需准备的事项、需调出的货品…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="199"/>
        <source>Before</source>
        <translation>预约前</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="200"/>
        <source>What happened, what they liked, what to follow up…</source>
        <translation>预约经过、客户喜欢的款式、后续跟进事项…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="201"/>
        <source>After</source>
        <translation>预约后</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="295"/>
        <source>%1 already has %2 with %3 at that time.</source>
        <translation>%1 在该时段已有与 %3 的预约（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="299"/>
        <source>(and %1 more)</source>
        <translation>（另有 %1 个）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="327"/>
        <source>Discard your changes to this appointment?</source>
        <translation>放弃对此预约的更改？</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="328"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>AppointmentNoteCard</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="133"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="139"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>AppointmentsSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="48"/>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="48"/>
        <source>Book…</source>
        <translation>新建预约…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="49"/>
        <source>Book an appointment with this client (Ctrl+B)</source>
        <translation>为此客户新建预约（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="78"/>
        <source>No appointments yet.</source>
        <translation>暂无预约。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="81"/>
        <source>Coming up</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="85"/>
        <source>Before</source>
        <translation>以往</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="90"/>
        <source>Show %1 earlier</source>
        <translation>显示更早的 %1 个预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="116"/>
        <source>Appointment actions</source>
        <translation>预约操作</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="60"/>
        <source>To prepare</source>
        <translation>需准备</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="65"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="75"/>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="85"/>
        <source>Dates coming up</source>
        <translation>即将到来的日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="90"/>
        <source>Open aftercare</source>
        <translation>进行中的售后单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="92"/>
        <source>Last visit</source>
        <translation>上次到店</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="97"/>
        <source>Recent purchases</source>
        <translation>近期购买</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="99"/>
        <source>Wishlist</source>
        <translation>心愿单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="103"/>
        <source>Last notes</source>
        <translation>最近备注</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="155"/>
        <source>Pre-appointment brief</source>
        <translation>预约前简报</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="159"/>
        <source>Preparing the brief…</source>
        <translation>正在准备简报…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="161"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="162"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="200"/>
        <source>Save the brief as PDF</source>
        <translation>将简报另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="201"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="205"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="206"/>
        <source>The brief could not be saved as %1. Choose another folder.</source>
        <translation>无法将简报保存为 %1。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="220"/>
        <source>Print the brief</source>
        <translation>打印简报</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="158"/>
        <source>Edit case…</source>
        <translation>编辑售后单…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="159"/>
        <source>Cancel case…</source>
        <translation>取消售后单…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="160"/>
        <source>Case actions</source>
        <translation>售后单操作</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="169"/>
        <source>%1 · stage %2 of %3</source>
        <translation>%1 · 第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="180"/>
        <source>Promised %1</source>
        <translation>承诺日期 %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="182"/>
        <source>Quote %1</source>
        <translation>报价 %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="213"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="215"/>
        <source>Mark the case as “%1”%2</source>
        <translation>将售后单推进到“%1”%2</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="216"/>
        <source> (this closes it)</source>
        <translation> （此操作将结束该售后单）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="220"/>
        <source>Skip to “%1”</source>
        <translation>直接跳到“%1”</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="222"/>
        <source>Go back to “%1”…</source>
        <translation>退回到“%1”…</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="47"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="51"/>
        <source>Item from</source>
        <translation>物品来源</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="52"/>
        <source>Not a purchase: describe it below</source>
        <translation>非购买记录：请在下方描述</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="57"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="58"/>
        <source>e.g. Kelly 28 in étoupe, the client&apos;s own watch</source>
        <translation>例如：Kelly 28 大象灰、客户自己的腕表</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="59"/>
        <source>Request</source>
        <translation>客户需求</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="60"/>
        <source>What needs doing, in the client&apos;s words</source>
        <translation>需要做什么，请用客户的原话描述</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="64"/>
        <source>Promised for</source>
        <translation>承诺交付日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="77"/>
        <source>e.g. 350 or 1 250,50</source>
        <translation>例如 350 或 1,250.50</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="83"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="84"/>
        <source>Left empty: the boutique&apos;s currency</source>
        <translation>留空：使用门店的币种</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="89"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="90"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="101"/>
        <source>Edit · Aftercare case</source>
        <translation>编辑 · 售后单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="101"/>
        <source>Open an aftercare case</source>
        <translation>新建售后单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="108"/>
        <source>The kind of an open case cannot change: its stages depend on it.</source>
        <translation>进行中的售后单不能更改类型：其阶段取决于类型。</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="38"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="38"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="38"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="38"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="38"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="39"/>
        <source>Promised</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="39"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="235"/>
        <source>Aftercare</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="235"/>
        <source>Open a case…</source>
        <translation>新建售后单…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="268"/>
        <source>No open cases.</source>
        <translation>暂无进行中的售后单。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="270"/>
        <source>Earlier cases</source>
        <translation>以往售后单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="275"/>
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="281"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="317"/>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="319"/>
        <source>Go back</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="318"/>
        <source>Return this case to “%1”? The move is kept in the case&apos;s history.</source>
        <translation>将此售后单退回到“%1”？此操作会记入售后单的历史记录。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="326"/>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="327"/>
        <source>Cancel case</source>
        <translation>取消售后单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="327"/>
        <source>Cancel this case? It leaves the open cases; its history is kept.</source>
        <translation>取消此售后单？它将不再列于进行中的售后单，历史记录会保留。</translation>
    </message>
</context>
<context>
    <name>ClientEditorDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="63"/>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="63"/>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="98"/>
        <source>e.g. 张 / Dupont</source>
        <translation>例如：张 / Dupont</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="99"/>
        <source>e.g. 伟 / Héloïse</source>
        <translation>例如：伟 / Héloïse</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="100"/>
        <source>e.g. Zhang</source>
        <translation>例如：Zhang</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="101"/>
        <source>e.g. Wei</source>
        <translation>例如：Wei</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="103"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="104"/>
        <source>As the client writes it</source>
        <translation>客户本人的写法</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="105"/>
        <source>In Latin letters</source>
        <translation>拉丁字母</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="106"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="107"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="108"/>
        <source>Title</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="114"/>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="115"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="116"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="117"/>
        <source>Speaks</source>
        <translation>使用语言</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="118"/>
        <source>Reach by</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="126"/>
        <source>Two-letter country code; local phone numbers are read for it.</source>
        <translation>两位字母的国家/地区代码；本地电话号码将按此国家/地区解析。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="131"/>
        <source>+ Add phone</source>
        <translation>+ 添加电话</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="131"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="131"/>
        <source>+33 6 12 34 56 78</source>
        <translation>+86 139 1234 5678</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="132"/>
        <source>+ Add email</source>
        <translation>+ 添加邮箱</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="132"/>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="132"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="133"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="134"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="135"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="136"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="137"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="138"/>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="141"/>
        <source>Comma separated, e.g. collector, golf, Shanghai</source>
        <translation>用逗号分隔，例如：藏家, 高尔夫, 上海</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="142"/>
        <source>Do not contact this client</source>
        <translation>请勿联系此客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="144"/>
        <source>Why (the advisor who reads it will respect it)</source>
        <translation>原因（查看的顾问会遵守）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="146"/>
        <source>Quiet period until</source>
        <translation>免打扰期至</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="147"/>
        <source>No outreach prompts for this client before that day (mourning, a request)</source>
        <translation>在该日期之前不为此客户生成联络提醒（如服丧、客户要求）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="152"/>
        <source>Why (e.g. mourning; call after the summer)</source>
        <translation>原因（例如：服丧；夏天过后再致电）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="156"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="157"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="159"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="166"/>
        <source>Quiet because</source>
        <translation>免打扰原因</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="295"/>
        <source>Discard your changes to this client?</source>
        <translation>放弃对此客户的更改？</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="296"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="20"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="20"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="20"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="20"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="21"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="28"/>
        <source>Search clients: name, 张伟, phone, email, tag, words in notes…</source>
        <translation>搜索客户：姓名、张伟、电话、邮箱、标签、备注中的文字…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="37"/>
        <source>Opening the book…</source>
        <translation>正在打开客户簿…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="57"/>
        <source>Loading the client list…</source>
        <translation>正在加载客户列表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/client_list.py" line="100"/>
        <source>%n client(s) in the book</source>
        <translation>
            <numerusform>客户簿中共 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/client_list.py" line="102"/>
        <source>Showing the first %n matches, by name; type more to narrow.</source>
        <translation>
            <numerusform>仅显示按姓名排序的前 %n 个结果；请输入更多内容以缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/client_list.py" line="105"/>
        <source>%n client(s) match</source>
        <translation>
            <numerusform>%n 位客户符合条件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="107"/>
        <source>No client matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="47"/>
        <source>Type a name (张伟, Zhang, Dupont), a phone or an email…</source>
        <translation>输入姓名（张伟、Zhang、Dupont）、电话或邮箱…</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="33"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="34"/>
        <source>Phone or email</source>
        <translation>电话或邮箱</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="35"/>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="68"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="36"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="37"/>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="38"/>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="39"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="40"/>
        <source>Wishlist</source>
        <translation>心愿单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="41"/>
        <source>Purchase</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="42"/>
        <source>Consent</source>
        <translation>同意授权</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="43"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="50"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="51"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="52"/>
        <source>Family name (Latin)</source>
        <translation>姓（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="53"/>
        <source>Given name (Latin)</source>
        <translation>名（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="54"/>
        <source>Title</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="55"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="56"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="57"/>
        <source>Preferred channel</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="58"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="59"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="60"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="61"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="62"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="63"/>
        <source>Reason not to contact</source>
        <translation>请勿联系的原因</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="64"/>
        <source>Deleted or kept</source>
        <translation>删除或保留</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="65"/>
        <source>Label</source>
        <translation>标签名</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="66"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="67"/>
        <source>Main</source>
        <translation>主要</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="69"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="70"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="71"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="72"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="73"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="74"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="75"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="76"/>
        <source>Likes or dislikes</source>
        <translation>喜欢或不喜欢</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="77"/>
        <source>Size system</source>
        <translation>尺码标准</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="78"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="79"/>
        <source>Reference</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="80"/>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="82"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="83"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="84"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="85"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="86"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="95"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="97"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="97"/>
        <source>Kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="99"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="99"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="148"/>
        <source>Sync: conflicts and refused changes</source>
        <translation>同步：冲突与被拒绝的更改</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="153"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="154"/>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="167"/>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="196"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="167"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="167"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="167"/>
        <source>Theirs</source>
        <translation>服务器的</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="168"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="172"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="173"/>
        <source>Your value replaces the server&apos;s, on every device</source>
        <translation>您的值将在所有设备上替换服务器的值</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="174"/>
        <source>Take theirs</source>
        <translation>采用服务器的</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="175"/>
        <source>The server&apos;s value stays; yours is dropped</source>
        <translation>保留服务器的值，放弃您的值</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="176"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="177"/>
        <source>Type the value to keep</source>
        <translation>输入要保留的值</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="196"/>
        <source>Changed</source>
        <translation>更改时间</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="196"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="197"/>
        <source>The server&apos;s reason</source>
        <translation>服务器给出的原因</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="228"/>
        <source>(client no longer here)</source>
        <translation>（此客户已不在本机）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="236"/>
        <source>%n field(s) changed here and on the server to different values. The server&apos;s value is shown until you choose.</source>
        <translation>
            <numerusform>%n 个字段在本机和服务器上被改成了不同的值。在您做出选择之前，显示的是服务器的值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="239"/>
        <source>No conflicts: nothing waits for your decision.</source>
        <translation>没有冲突：没有需要您决定的内容。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="248"/>
        <source>Delete: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="253"/>
        <source>(no reason given)</source>
        <translation>（未说明原因）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="257"/>
        <source>%n change(s) the server refused. They stay on this laptop; correct them in the dossier or ask IT.</source>
        <translation>
            <numerusform>服务器拒绝了 %n 项更改。这些更改仍保存在这台电脑上；请在客户档案中更正，或联系 IT。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="258"/>
        <source>The server has refused none of your changes.</source>
        <translation>服务器没有拒绝您的任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="259"/>
        <source>Refused by the server (%n)</source>
        <translation>
            <numerusform>被服务器拒绝（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="260"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>冲突（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="298"/>
        <source>Edit the value</source>
        <translation>编辑值</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="299"/>
        <source>%1 of %2:</source>
        <translation>%2 的%1：</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="300"/>
        <source>this client</source>
        <translation>此客户</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="253"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="255"/>
        <source>Consent</source>
        <translation>同意授权</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="254"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="256"/>
        <source>Given how</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="256"/>
        <source>In boutique</source>
        <translation>门店内</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="81"/>
        <source>Consent</source>
        <translation>同意授权</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="81"/>
        <source>Record…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="101"/>
        <source>No consent recorded</source>
        <translation>未记录同意授权</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="110"/>
        <source>preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="112"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="115"/>
        <source>Grant</source>
        <translation>授权</translation>
    </message>
</context>
<context>
    <name>ContactRows</name>
    <message>
        <location filename="../../app/clienteling/ui/widgets/contact_rows.py" line="51"/>
        <location filename="../../app/clienteling/ui/widgets/contact_rows.py" line="52"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="23"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="23"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="29"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="32"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="36"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="38"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="40"/>
        <source>No phone, email or address yet.</source>
        <translation>暂无电话、邮箱或地址。</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="208"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="212"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="209"/>
        <source>Occasion</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="210"/>
        <source>Label</source>
        <translation>标签名</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="211"/>
        <source>e.g. Wedding anniversary</source>
        <translation>例如：结婚纪念日</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="213"/>
        <source>1985-05-14, 14/05/1985, or 05-14 without the year</source>
        <translation>1985-05-14、14/05/1985，或不含年份的 05-14</translation>
    </message>
</context>
<context>
    <name>DatesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="63"/>
        <source>Important dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="63"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="74"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="75"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="76"/>
        <source>Date actions</source>
        <translation>日期操作</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="78"/>
        <source>No birthday or anniversary recorded.</source>
        <translation>未记录生日或纪念日。</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="36"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="36"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="36"/>
        <source>Purpose</source>
        <translation>预约事项</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="36"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="37"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="37"/>
        <source>To prepare</source>
        <translation>需准备</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="114"/>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="124"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="118"/>
        <source>Not relevant any more</source>
        <translation>已不再适用</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="118"/>
        <source>Already in touch with the client</source>
        <translation>已与客户保持联系</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="119"/>
        <source>The client would not welcome it</source>
        <translation>客户不会乐于接受</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="119"/>
        <source>Handled by a colleague</source>
        <translation>已由同事处理</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="122"/>
        <source>Why? (kept with the decision)</source>
        <translation>原因？（将随此决定一并保存）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="123"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="140"/>
        <source>Say in a few words why you dismiss this prompt.</source>
        <translation>请简要说明忽略此提醒的原因。</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="46"/>
        <source>Delete note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="47"/>
        <source>Delete this note? This cannot be undone.</source>
        <translation>删除此备注？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="47"/>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="65"/>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="66"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="66"/>
        <source>Delete this entry? This cannot be undone.</source>
        <translation>删除此条目？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="77"/>
        <source>In boutique</source>
        <translation>门店内</translation>
    </message>
</context>
<context>
    <name>DossierDates</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="54"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="54"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="55"/>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="29"/>
        <source>How to address the client in their language</source>
        <translation>用客户的语言称呼客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="31"/>
        <source>The same, in English</source>
        <translation>对应的英文称呼</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="53"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="67"/>
        <source>⛔  DO NOT CONTACT</source>
        <translation>⛔  请勿联系</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="83"/>
        <source>In English: %1</source>
        <translation>英文：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="85"/>
        <source>Speaks %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="86"/>
        <source>Prefers %1</source>
        <translation>首选联系方式：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="91"/>
        <source>In the book since %1</source>
        <translation>%1 加入客户簿</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="97"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="99"/>
        <source>No reason recorded.</source>
        <translation>未记录原因。</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="60"/>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="62"/>
        <source>Edit names, contact details, tier (Ctrl+E)</source>
        <translation>编辑姓名、联系方式、客户等级（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="72"/>
        <source>Book appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="74"/>
        <source>Book an appointment with this client (Ctrl+B)</source>
        <translation>为此客户新建预约（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="131"/>
        <source>Choose a client.</source>
        <translation>请选择一位客户。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="136"/>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="137"/>
        <source>Back to %1 (Esc)</source>
        <translation>返回%1（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="200"/>
        <source>This client has been deleted.</source>
        <translation>此客户已被删除。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="215"/>
        <source>✓ Saved</source>
        <translation>✓ 已保存</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="105"/>
        <source>Close the draft (Esc)</source>
        <translation>关闭草稿（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="126"/>
        <source>Start again from the template</source>
        <translation>从模板重新开始</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="127"/>
        <source>Replace the text with the template&apos;s draft</source>
        <translation>用模板草稿替换当前文字</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="138"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="139"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="140"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="142"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="144"/>
        <source>Open in channel</source>
        <translation>在渠道中打开</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="146"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="148"/>
        <source>Log this outreach on the client&apos;s timeline (Ctrl+Enter)</source>
        <translation>将此次联络记入客户时间线（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="183"/>
        <source>Writing the draft…</source>
        <translation>正在撰写草稿…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="211"/>
        <source>No draft could be written (%1). Write the message yourself.</source>
        <translation>无法生成草稿（%1）。请自行撰写消息。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="213"/>
        <source>No template in %1: written in %2</source>
        <translation>没有%1模板：已改用%2撰写</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="216"/>
        <source>Written in %1</source>
        <translation>以%1撰写</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="251"/>
        <source>Draft kept from %1</source>
        <translation>已保留 %1 的草稿</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="289"/>
        <source>The draft could not be kept: %1</source>
        <translation>草稿未能保留：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="368"/>
        <source>Paste the text in %1</source>
        <translation>请将文本粘贴到 %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="369"/>
        <source>Copy for %1</source>
        <translation>复制到 %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="372"/>
        <source>No address on file</source>
        <translation>未登记联系地址</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="373"/>
        <source>Call</source>
        <translation>拨打电话</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="374"/>
        <source>Open in %1</source>
        <translation>在 %1 中打开</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="382"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="391"/>
        <source>Copied — paste it in %1</source>
        <translation>已复制，请粘贴到 %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="396"/>
        <source>There is no address for %1 on file: copy the text instead.</source>
        <translation>未登记 %1 的联系地址：请改为复制文本。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="399"/>
        <source>Opened in %1. Mark it done once sent.</source>
        <translation>已在 %1 中打开。发送后请标记为已完成。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="401"/>
        <source>No app on this computer opens %1 links: copy the text instead.</source>
        <translation>这台电脑上没有能打开 %1 链接的应用：请改为复制文本。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="408"/>
        <source>Choose the channel you used.</source>
        <translation>请选择您使用的渠道。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/widgets/form_dialog.py" line="28"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="89"/>
        <source>Household &amp; gifting</source>
        <translation>家人 &amp; 礼赠</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="89"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="100"/>
        <source>No family or friends recorded.</source>
        <translation>未记录家人或朋友。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="117"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="125"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="130"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="118"/>
        <source>Add date…</source>
        <translation>添加日期…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="119"/>
        <source>Add size…</source>
        <translation>添加尺码…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="120"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="126"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="131"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="120"/>
        <source>Person actions</source>
        <translation>人员操作</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="126"/>
        <source>Date actions</source>
        <translation>日期操作</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="131"/>
        <source>Size actions</source>
        <translation>尺码操作</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="134"/>
        <source>+ Date</source>
        <translation>+ 日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="135"/>
        <source>+ Size</source>
        <translation>+ 尺码</translation>
    </message>
</context>
<context>
    <name>IcsImportDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="57"/>
        <source>Import a calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="59"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="61"/>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="71"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="61"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="61"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="62"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="88"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="118"/>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="172"/>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="128"/>
        <source>Changes the appointment</source>
        <translation>将更改预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="130"/>
        <source>Already in the agenda</source>
        <translation>已在日程中</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="132"/>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="133"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="148"/>
        <source>Which client?</source>
        <translation>哪位客户？</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="151"/>
        <source>Someone else…</source>
        <translation>其他人…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="158"/>
        <source>Link…</source>
        <translation>关联…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="160"/>
        <source>Choose the client this event is with</source>
        <translation>选择此事件对应的客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="198"/>
        <source>%1 events: %2 new, %3 to change, %4 already in the agenda, %5 left out.</source>
        <translation>共 %1 个事件：新增 %2 个，待更改 %3 个，已在日程中 %4 个，略过 %5 个。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="203"/>
        <source>%1 name no client in the book: link them, or they are left out.</source>
        <translation>%1 个事件未对应客户簿中的客户：请关联，否则将被略过。</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="13"/>
        <source>Core</source>
        <translation>核心客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="13"/>
        <source>Potential</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="14"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="14"/>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="15"/>
        <source>Dormant</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="15"/>
        <source>Never bought</source>
        <translation>从未购买</translation>
    </message>
</context>
<context>
    <name>KpiView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="70"/>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="71"/>
        <source>Opening the book…</source>
        <translation>正在打开客户簿…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="72"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="86"/>
        <source>Prompts completed and overdue, by week</source>
        <translation>每周已完成与逾期的提醒</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="87"/>
        <source>Outreach by channel</source>
        <translation>各渠道联络</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="87"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="87"/>
        <source>Messages and calls</source>
        <translation>消息与通话</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="88"/>
        <source>Open aftercare cases by stage</source>
        <translation>各阶段进行中的售后单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="89"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="89"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="90"/>
        <source>Clients by segment</source>
        <translation>各分群客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="90"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="90"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="91"/>
        <source>Follow-up completion</source>
        <translation>跟进完成情况</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="91"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="122"/>
        <source>Reading the figures of the last %1 weeks…</source>
        <translation>正在读取最近 %1 周的数据…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="158"/>
        <source>Counting the overdue prompts of each week… (%1 of %2)</source>
        <translation>正在统计每周的逾期提醒…（%1/%2）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="192"/>
        <source>The last %1 weeks, since %2 · follow-up completion %3 · SLA breaches: %4</source>
        <translation>最近 %1 周（自 %2 起）· 跟进完成率 %3 · SLA 超时：%4</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="204"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="207"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="244"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="245"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="205"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="209"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="86"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="91"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="206"/>
        <source>Prompts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="208"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="216"/>
        <source>Outreach</source>
        <translation>联络</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="217"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="223"/>
        <source>On track</source>
        <translation>按期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="89"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="224"/>
        <source>Nearly breached</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="89"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="225"/>
        <source>SLA breached</source>
        <translation>SLA 已超时</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="227"/>
        <source>No open case</source>
        <translation>无进行中的售后单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="238"/>
        <source>Counting the prompts still overdue…</source>
        <translation>正在统计仍逾期的提醒…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="241"/>
        <source>%1 of the %2 prompts that needed an answer were completed (%3); dismissed prompts needed none.</source>
        <translation>在 %2 条需要处理的提醒中，已完成 %1 条（%3）；已忽略的提醒无需处理。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="244"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="245"/>
        <source>Still overdue</source>
        <translation>仍逾期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="246"/>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="11"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="11"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="12"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="12"/>
        <source>Platinum</source>
        <translation>白金卡</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="13"/>
        <source>VIC</source>
        <translation>VIC</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="17"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="17"/>
        <source>Mr</source>
        <translation>先生</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="18"/>
        <source>Mrs</source>
        <translation>太太</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="18"/>
        <source>Ms</source>
        <translation>女士</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="19"/>
        <source>Miss</source>
        <translation>小姐</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="19"/>
        <source>Dr</source>
        <translation>博士</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="20"/>
        <source>Mx</source>
        <translation>Mx</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="24"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="24"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="25"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="25"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="26"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="26"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="27"/>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="27"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="31"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="31"/>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="32"/>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="32"/>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="33"/>
        <source>Chinese (Traditional)</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="33"/>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="34"/>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="34"/>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="35"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="35"/>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="36"/>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="40"/>
        <source>Conversation</source>
        <translation>交谈</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="40"/>
        <source>Gift idea</source>
        <translation>礼物灵感</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="41"/>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="41"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="45"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="45"/>
        <source>Materials</source>
        <translation>材质</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="46"/>
        <source>Lines</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="46"/>
        <source>Styles</source>
        <translation>款式</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="47"/>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="47"/>
        <location filename="../../app/clienteling/ui/labels.py" line="88"/>
        <source>Fragrance</source>
        <translation>香氛</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="48"/>
        <location filename="../../app/clienteling/ui/labels.py" line="67"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="52"/>
        <source>Likes</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="52"/>
        <source>Dislikes</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="56"/>
        <location filename="../../app/clienteling/ui/labels.py" line="86"/>
        <source>Ready-to-wear</source>
        <translation>成衣</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="56"/>
        <source>Jacket</source>
        <translation>外套</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="57"/>
        <source>Trousers</source>
        <translation>裤装</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="57"/>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="58"/>
        <location filename="../../app/clienteling/ui/labels.py" line="86"/>
        <source>Shoes</source>
        <translation>鞋履</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="58"/>
        <source>Ring</source>
        <translation>戒指</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="59"/>
        <source>Belt</source>
        <translation>腰带</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="59"/>
        <source>Gloves</source>
        <translation>手套</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="60"/>
        <source>Hat</source>
        <translation>帽子</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="60"/>
        <source>Watch strap</source>
        <translation>表带</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="64"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="64"/>
        <source>Partner</source>
        <translation>伴侣</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="65"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="65"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="66"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="66"/>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="67"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="71"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="71"/>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="72"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="76"/>
        <source>Granted</source>
        <translation>已授权</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="76"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="80"/>
        <source>Wanted</source>
        <translation>心愿中</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="80"/>
        <source>Fulfilled</source>
        <translation>已实现</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="81"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="85"/>
        <source>Leather goods</source>
        <translation>皮具</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="87"/>
        <source>Jewellery</source>
        <translation>珠宝</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="87"/>
        <source>Watches</source>
        <translation>腕表</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="88"/>
        <source>Accessories</source>
        <translation>配饰</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="33"/>
        <source>Link to a client</source>
        <translation>关联到客户</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="28"/>
        <source>Clienteling — %1</source>
        <translation>Clienteling — %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="53"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="59"/>
        <source>← Clients</source>
        <translation>← 客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="62"/>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="64"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="69"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="69"/>
        <source>About Clienteling…</source>
        <translation>关于 Clienteling…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="139"/>
        <source>The book cannot be opened</source>
        <translation>无法打开客户簿</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="146"/>
        <source>The book is damaged</source>
        <translation>客户簿已损坏</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="147"/>
        <source>The integrity check found damage in the book. Keep working only if you must, and restore the latest backup (see README, “Restore a backup”).</source>
        <translation>完整性检查发现客户簿已损坏。除非必要，请勿继续操作，并恢复最近的备份（参见 README 中的“Restore a backup”）。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="152"/>
        <source>Backup saved.</source>
        <translation>备份已保存。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="173"/>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="56"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="57"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="95"/>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="96"/>
        <source>Show more (%1 characters)</source>
        <translation>展开（%1 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="125"/>
        <source>Ctrl+Enter to save, Esc to cancel</source>
        <translation>Ctrl+Enter 保存，Esc 取消</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="127"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="128"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="223"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="236"/>
        <source>Write a note… (Ctrl+Enter to save)</source>
        <translation>写备注…（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="240"/>
        <source>Kind of note</source>
        <translation>备注类型</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="243"/>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="322"/>
        <source>Show %1 older notes</source>
        <translation>显示更早的 %1 条备注</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="325"/>
        <source>No notes yet. What did you talk about?</source>
        <translation>暂无备注。您和客户聊了些什么？</translation>
    </message>
</context>
<context>
    <name>PreferenceEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="134"/>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="135"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="137"/>
        <source>Likes or dislikes</source>
        <translation>喜欢或不喜欢</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="139"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="140"/>
        <source>e.g. navy, calfskin, no fur</source>
        <translation>例如：海军蓝、小牛皮、不要皮草</translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="18"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="18"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="30"/>
        <source>No likes or dislikes recorded.</source>
        <translation>未记录喜好或忌讳。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="44"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="45"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="39"/>
        <source>Birthday on {date}</source>
        <translation>{date}生日</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="40"/>
        <source>{occasion} on {date}</source>
        <translation>{occasion}（{date}）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="41"/>
        <source>Gift for {relation}: {occasion} on {date}</source>
        <translation>为{relation}准备礼物：{occasion}（{date}）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="42"/>
        <source>Bought {item} on {date}: send a thank-you</source>
        <translation>{date}购入{item}：致以感谢</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="43"/>
        <source>Bought {item} and {more} more on {date}: send a thank-you</source>
        <translation>{date}购入{item}及另外 {more} 件商品：致以感谢</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="44"/>
        <source>Bought {item} on {date}: check in on how they enjoy it</source>
        <translation>{date}购入{item}：关心客户的使用感受</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="46"/>
        <source>Bought {item} on {date}: leather care due</source>
        <translation>{date}购入{item}：应进行皮具护理</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="47"/>
        <source>Bought {item} on {date}: watch service due</source>
        <translation>{date}购入{item}：应进行腕表保养</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="48"/>
        <source>Bought {item} on {date}: jewellery cleaning due</source>
        <translation>{date}购入{item}：应进行珠宝清洁</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="50"/>
        <source>Bought {item} on {date}: care due</source>
        <translation>{date}购入{item}：应进行保养</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="51"/>
        <source>{appointment} on {date}: follow up</source>
        <translation>{date}的{appointment}：进行跟进</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="52"/>
        <source>Missed the {appointment} on {date}: offer a new time</source>
        <translation>错过了{date}的{appointment}：另约时间</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="31"/>
        <source>{item} is back in the boutique: ready for pickup</source>
        <translation>{item}已返回门店：可通知客户取件</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="32"/>
        <source>Quote for {item} sent on {date}: awaiting approval</source>
        <translation>{item}的报价已于{date}发送：等待客户批准</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="33"/>
        <source>Design proposal for {item} sent on {date}: awaiting confirmation</source>
        <translation>{item}的设计方案已于{date}发送：等待客户确认</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="34"/>
        <source>{item}: {stage} is due by {date} (SLA nearly breached)</source>
        <translation>{item}：“{stage}”须在{date}前完成（SLA 即将超时）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="35"/>
        <source>{item}: {stage} was due on {date} (SLA breached)</source>
        <translation>{item}：“{stage}”应于{date}完成（SLA 已超时）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="36"/>
        <source>{item} was promised for {date} and is not ready: tell the client</source>
        <translation>{item}承诺于{date}交付但尚未完成：请告知客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_recall.py" line="31"/>
        <source>First purchase on {date}: welcome them to the maison</source>
        <translation>{date}首次购买：欢迎客户加入品牌大家庭</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_recall.py" line="32"/>
        <source>Core client (last purchase {date}): invite them personally to the next event</source>
        <translation>核心客户（最近一次购买：{date}）：亲自邀请参加下一场活动</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_recall.py" line="33"/>
        <source>No purchase since {date} (last: {item}): a personal recall</source>
        <translation>自{date}起未再购买（最近一次：{item}）：进行个人关怀联络</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_recall.py" line="34"/>
        <source>Dormant, no purchase since {date} (last: {item}): a recall with our news</source>
        <translation>沉睡客户，自{date}起未再购买（最近一次：{item}）：分享品牌最新动态以唤回</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_taste.py" line="32"/>
        <source>On their wishlist: {item} has arrived</source>
        <translation>心愿单商品已到店：{item}</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_taste.py" line="33"/>
        <source>New arrival: {item} in {colour}, from the {line} line they love</source>
        <translation>新品到店：{item}，{colour}，来自客户喜爱的{line}系列</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_taste.py" line="34"/>
        <source>New arrival: {item} in {colour}, a colour they love, in their size</source>
        <translation>新品到店：{item}，客户喜爱的{colour}，有其尺码</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_taste.py" line="35"/>
        <source>New arrival: {item} from the {line} line they love, in their size</source>
        <translation>新品到店：客户喜爱的{line}系列{item}，有其尺码</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_taste.py" line="36"/>
        <source>New arrival: {item} in {colour}, from the {line} line they love, in their size</source>
        <translation>新品到店：{item}，{colour}，来自客户喜爱的{line}系列，有其尺码</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="19"/>
        <source>reception</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="20"/>
        <source>sending to the workshop</source>
        <translation>送往工坊</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="21"/>
        <source>the quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="22"/>
        <source>approval</source>
        <translation>客户批准</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="23"/>
        <source>the work</source>
        <translation>工坊作业</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="24"/>
        <source>the fitting</source>
        <translation>试穿</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="25"/>
        <source>the return to the boutique</source>
        <translation>返回门店</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="26"/>
        <source>collection</source>
        <translation>客户取件</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="27"/>
        <source>the brief</source>
        <translation>需求简报</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="28"/>
        <source>the design proposal</source>
        <translation>设计方案</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="29"/>
        <source>the client&apos;s confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="30"/>
        <source>production</source>
        <translation>生产</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="31"/>
        <source>delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="35"/>
        <source>Styling session</source>
        <translation>造型咨询</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="36"/>
        <source>Private viewing</source>
        <translation>私人鉴赏</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="37"/>
        <source>Fitting</source>
        <translation>试穿</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="38"/>
        <source>Alteration fitting</source>
        <translation>修改试穿</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="39"/>
        <source>Pickup</source>
        <translation>取件</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="40"/>
        <source>Repair drop-off</source>
        <translation>送修</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="41"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="42"/>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="46"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="47"/>
        <source>anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="48"/>
        <source>special day</source>
        <translation>特别的日子</translation>
    </message>
</context>
<context>
    <name>PurchasesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="24"/>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="29"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="29"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="29"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="30"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="52"/>
        <source>· %1 in total</source>
        <translation>· 共计 %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="74"/>
        <source>No purchases yet.</source>
        <translation>暂无购买记录。</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="354"/>
        <source>Export a period</source>
        <translation>导出时段</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="362"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="363"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="65"/>
        <source>For %1</source>
        <translation>所属人员：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="75"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="81"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="81"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="116"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="117"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="116"/>
        <source>Delete this %1? This cannot be undone.</source>
        <translation>删除此%1？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>RelationEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="231"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="232"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="233"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="234"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/clienteling/ui/reminders.py" line="52"/>
        <source>Clienteling — appointment reminders</source>
        <translation>Clienteling — 预约提醒</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/reminders.py" line="83"/>
        <source>In %1 min: %2</source>
        <translation>%1 分钟后：%2</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/reminders.py" line="84"/>
        <source>Now: %1</source>
        <translation>现在：%1</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../app/clienteling/ui/sections.py" line="41"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="32"/>
        <source>Sign in to sync</source>
        <translation>登录以同步</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="36"/>
        <source>https://clienteling.example.com</source>
        <translation>https://clienteling.example.com</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="42"/>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="46"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="44"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="45"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="47"/>
        <source>Your password goes to the server once and is never kept on this laptop.</source>
        <translation>您的密码只会发送给服务器一次，绝不会保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="50"/>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="87"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="72"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="93"/>
        <source>This computer has no secure password store (keyring), so the sign-in cannot be kept; ask IT to set one up.</source>
        <translation>这台电脑没有安全的密码存储（钥匙串），因此无法保存登录；请联系 IT 进行设置。</translation>
    </message>
</context>
<context>
    <name>SizeEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="156"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="159"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="157"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="158"/>
        <source>Size system</source>
        <translation>尺码标准</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="160"/>
        <source>e.g. 38, M, 52</source>
        <translation>例如：38、M、52</translation>
    </message>
</context>
<context>
    <name>SizesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="55"/>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="55"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="71"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="72"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="72"/>
        <source>Size actions</source>
        <translation>尺码操作</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="74"/>
        <source>No sizes recorded.</source>
        <translation>未记录尺码。</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="67"/>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="85"/>
        <source>Snooze</source>
        <translation>延后</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="75"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="76"/>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="83"/>
        <source>Show it again on</source>
        <translation>再次显示日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="104"/>
        <source>Choose a day after today.</source>
        <translation>请选择今天之后的日期。</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="35"/>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="95"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="38"/>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="96"/>
        <source>Send your changes and receive the boutique&apos;s (Ctrl+S)</source>
        <translation>发送您的更改并接收门店的更改（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="40"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="42"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="43"/>
        <source>Remove this computer&apos;s sign-in from the password store</source>
        <translation>从密码存储中删除这台电脑的登录信息</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="46"/>
        <source>Conflicts and refused changes…</source>
        <translation>冲突与被拒绝的更改…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="66"/>
        <source>Signed out: the sign-in is removed from this computer.</source>
        <translation>已退出登录：这台电脑上的登录信息已删除。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="80"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="88"/>
        <source>Cancel sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="89"/>
        <source>Stop after the current step; the next sync carries on</source>
        <translation>在当前步骤后停止；下次同步会继续</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="140"/>
        <source>Signed in as %1.</source>
        <translation>已以 %1 的身份登录。</translation>
    </message>
</context>
<context>
    <name>SyncActivityWidget</name>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="73"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="77"/>
        <source>Stopping after this step…</source>
        <translation>将在此步骤后停止…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="84"/>
        <source>Sending %1 of %2 · %3 received</source>
        <translation>正在发送 %1/%2 · 已接收 %3</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="87"/>
        <source>Sent %1 of %2 · receiving, %3 so far</source>
        <translation>已发送 %1/%2 · 正在接收，目前 %3</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="128"/>
        <source>Changes made here and on the server that need your decision</source>
        <translation>本机和服务器上都有更改、需要您决定的内容</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="144"/>
        <source>○ Connection unknown</source>
        <translation>○ 连接状态未知</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="146"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="148"/>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="150"/>
        <source>%1 · signed out</source>
        <translation>%1 · 未登录</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="159"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="160"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="163"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="164"/>
        <source>All changes sent</source>
        <translation>所有更改均已发送</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="171"/>
        <source>Signed in as %1 on %2</source>
        <translation>已以 %1 的身份登录 %2</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="173"/>
        <source>Not signed in. Sync asks for your login.</source>
        <translation>未登录。同步时会要求您登录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="178"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="180"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n 项被拒绝</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/sync_text.py" line="24"/>
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>已发送 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/sync_text.py" line="27"/>
        <source>received %n</source>
        <comment>changes a sync received</comment>
        <translation>
            <numerusform>已接收 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="53"/>
        <source>%1, %2.</source>
        <comment>a sync&apos;s summary: what was sent, what was received</comment>
        <translation>%1，%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/sync_text.py" line="30"/>
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>有 %n 个冲突待解决。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/sync_text.py" line="33"/>
        <source>%n change(s) refused by the server (see the list).</source>
        <translation>
            <numerusform>%n 项更改被服务器拒绝（见列表）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="60"/>
        <source>Stopped before the end; the next sync carries on.</source>
        <translation>同步未完成即停止；下次同步会继续。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="87"/>
        <source>This laptop seems to be offline: %1 cannot be reached. Your changes are kept on this laptop; sync when you are back online.</source>
        <translation>这台电脑似乎处于离线状态：无法连接 %1。您的更改仍保存在这台电脑上；恢复联网后再同步。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="90"/>
        <source>The sync server at %1 is not answering (it may be down). Your changes are kept on this laptop; try again later.</source>
        <translation>同步服务器 %1 没有响应（可能已停止运行）。您的更改仍保存在这台电脑上；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="93"/>
        <source>The server took too long to answer. Your changes are kept on this laptop; try Sync again in a moment.</source>
        <translation>服务器响应时间过长。您的更改仍保存在这台电脑上；请稍后再同步。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="96"/>
        <source>The connection to the server broke off before it answered. Your changes are kept on this laptop; try Sync again.</source>
        <translation>与服务器的连接在其响应前中断。您的更改仍保存在这台电脑上；请再次同步。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="99"/>
        <source>The server&apos;s answer could not be read (it was cut off or malformed). Your changes are kept on this laptop; try Sync again.</source>
        <translation>无法读取服务器的响应（内容被截断或格式错误）。您的更改仍保存在这台电脑上；请再次同步。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="102"/>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>登录尝试次数过多。请等待一分钟后再试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/sync_text.py" line="36"/>
        <source>The server is busy. Your changes are kept on this laptop; try Sync again in %n second(s).</source>
        <translation>
            <numerusform>服务器繁忙。您的更改仍保存在这台电脑上；请在 %n 秒后再同步。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="106"/>
        <source>The server is busy. Your changes are kept on this laptop; try Sync again in a minute.</source>
        <translation>服务器繁忙。您的更改仍保存在这台电脑上；请一分钟后再同步。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="109"/>
        <source>The server had a problem (error %1). Your changes are kept on this laptop; try Sync again later.</source>
        <translation>服务器出现问题（错误 %1）。您的更改仍保存在这台电脑上；请稍后再同步。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="112"/>
        <source>The server had a problem. Your changes are kept on this laptop; try Sync again later.</source>
        <translation>服务器出现问题。您的更改仍保存在这台电脑上；请稍后再同步。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="115"/>
        <source>The server gave an unexpected answer (HTTP %1). Your changes are kept on this laptop.</source>
        <translation>服务器返回了意外的响应（HTTP %1）。您的更改仍保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="118"/>
        <source>The server gave an unexpected answer. Your changes are kept on this laptop.</source>
        <translation>服务器返回了意外的响应。您的更改仍保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="120"/>
        <source>The server refused the changes as too large. Your changes are kept on this laptop.</source>
        <translation>服务器因更改内容过大而拒绝接收。您的更改仍保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="123"/>
        <source>The server could not accept what this laptop sent (is Clienteling up to date?). Your changes are kept on this laptop.</source>
        <translation>服务器无法接受这台电脑发送的内容（Clienteling 是否为最新版本？）。您的更改仍保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="126"/>
        <source>The server does not accept this laptop&apos;s change numbers. Your changes are kept; contact the brand&apos;s IT.</source>
        <translation>服务器不接受这台电脑的更改编号。您的更改已保留；请联系品牌 IT。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="129"/>
        <source>The server keeps asking for a full resync. Try Sync again later.</source>
        <translation>服务器反复要求完整重新同步。请稍后再同步。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="131"/>
        <source>Sync stopped on an unexpected problem. Your changes are kept; try again.</source>
        <translation>同步因意外问题而停止。您的更改已保留；请重试。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="139"/>
        <source>The login or password is not right.</source>
        <translation>登录名或密码不正确。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="141"/>
        <source>Your sign-in has expired or was signed out. Sign in again to sync.</source>
        <translation>您的登录已过期或已被注销。请重新登录以同步。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="143"/>
        <source>Sign in to sync: this laptop has no sign-in for the server.</source>
        <translation>请登录以同步：这台电脑尚未登录服务器。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="145"/>
        <source>Enter your login and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="147"/>
        <source>This sign-in is for another boutique than this laptop&apos;s book (%1). Sign in with an account of this boutique.</source>
        <translation>此登录属于另一家门店，而不是这台电脑上客户簿所属的门店（%1）。请使用本门店的账号登录。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="150"/>
        <source>This sign-in is for another boutique than this laptop&apos;s book. Sign in with an account of this boutique.</source>
        <translation>此登录属于另一家门店，而不是这台电脑上客户簿所属的门店。请使用本门店的账号登录。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="153"/>
        <source>The identity of %1 could not be verified (its certificate is not trusted), so nothing was sent. Ask the brand&apos;s IT.</source>
        <translation>无法验证 %1 的身份（其证书不受信任），因此未发送任何内容。请联系品牌 IT。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="156"/>
        <source>The boutique&apos;s certificate file (%1) cannot be read. Ask the brand&apos;s IT to check the boutique configuration.</source>
        <translation>无法读取门店的证书文件（%1）。请联系品牌 IT 检查门店配置。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="159"/>
        <source>No sync server is set for this boutique. Enter the server address given by the brand&apos;s IT (it starts with https://).</source>
        <translation>此门店尚未设置同步服务器。请输入品牌 IT 提供的服务器地址（以 https:// 开头）。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="162"/>
        <source>The server address must not contain a login or password.</source>
        <translation>服务器地址中不能包含登录名或密码。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="164"/>
        <source>“%1” is not a server address; it should look like https://clienteling.example.com.</source>
        <translation>“%1”不是服务器地址；地址应类似 https://clienteling.example.com。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="167"/>
        <source>The server address %1 is not secure: use https://. Plain http:// is allowed only for a server on this computer (127.0.0.1).</source>
        <translation>服务器地址 %1 不安全：请使用 https://。只有本机上的服务器（127.0.0.1）才允许使用 http://。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="170"/>
        <source>%1 does not offer the Clienteling sync service. Check the server address.</source>
        <translation>%1 不提供 Clienteling 同步服务。请检查服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="173"/>
        <source>Choose to keep yours, take theirs, or edit the value.</source>
        <translation>请选择保留您的值、采用服务器的值，或编辑该值。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="175"/>
        <source>This conflict is already resolved, or its record is gone.</source>
        <translation>此冲突已解决，或其记录已不存在。</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../app/clienteling/ui/taskman.py" line="33"/>
        <source>Something went wrong and the action was not completed. Your saved work is safe. (Details are in the log.)</source>
        <translation>出现问题，操作未完成。您已保存的内容不受影响。（详情见日志。）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/taskman.py" line="42"/>
        <source>Clienteling</source>
        <translation>Clienteling</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="171"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="172"/>
        <source>Important date</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="173"/>
        <source>Thank-you</source>
        <translation>致谢</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="173"/>
        <source>Check-in</source>
        <translation>问候回访</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="174"/>
        <source>Aftercare</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="175"/>
        <source>Aftercare update</source>
        <translation>售后进展</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="176"/>
        <source>Appointment follow-up</source>
        <translation>预约跟进</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="177"/>
        <source>Missed appointment</source>
        <translation>错过预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="178"/>
        <source>Keeping in touch</source>
        <translation>保持联系</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="179"/>
        <source>New arrival</source>
        <translation>新品到店</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="179"/>
        <source>Wishlist</source>
        <translation>心愿单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="180"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="184"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="184"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="185"/>
        <source>No answer</source>
        <translation>无人应答</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="185"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="27"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="28"/>
        <source>No channel the client agreed to</source>
        <translation>客户未同意任何联系渠道</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="29"/>
        <source>Contacted recently (frequency cap)</source>
        <translation>近期已联系（频率上限）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="30"/>
        <source>Quiet period</source>
        <translation>免打扰期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="30"/>
        <source>Snoozed</source>
        <translation>已延后</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="31"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="31"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="65"/>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="157"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="67"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="69"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="91"/>
        <source>No channel</source>
        <translation>无渠道</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="96"/>
        <source>Snoozed until %1</source>
        <translation>已延后至%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="152"/>
        <source>Appointments today</source>
        <translation>今日预约</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="157"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="158"/>
        <source>Coming up</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="163"/>
        <source>Nothing to follow up: every prompt is answered.</source>
        <translation>无需跟进：所有提醒均已处理。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="166"/>
        <source>Suppressed</source>
        <translation>已屏蔽</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="182"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="182"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="182"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="182"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="68"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="69"/>
        <source>Opening the book…</source>
        <translation>正在打开客户簿…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="70"/>
        <source>Show suppressed</source>
        <translation>显示已屏蔽的提醒</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="71"/>
        <source>Also list the prompts held back, with the reason</source>
        <translation>同时列出被屏蔽的提醒及其原因</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="110"/>
        <source>J/K move · Enter draft · O dossier · D done · S snooze · X dismiss</source>
        <translation>J/K 移动 · Enter 草稿 · O 档案 · D 完成 · S 延后 · X 忽略</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="149"/>
        <source>Reading today&apos;s appointments and prompts…</source>
        <translation>正在读取今日预约和提醒…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="151"/>
        <location filename="../../app/clienteling/ui/views/today.py" line="170"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="221"/>
        <source>Today · %1</source>
        <translation>今日 · %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="224"/>
        <source>Appointments: %1</source>
        <translation>预约：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="225"/>
        <source>To answer: %1</source>
        <translation>待处理：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="227"/>
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="229"/>
        <source>Suppressed: %1</source>
        <translation>已屏蔽：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="286"/>
        <source>This prompt is suppressed: %1</source>
        <translation>此提醒已被屏蔽：%1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="324"/>
        <source>Choose the channel you used, then Mark done.</source>
        <translation>请选择您使用的渠道，然后点击“标记为已完成”。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="361"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_week.py" line="60"/>
        <source>Agenda grid</source>
        <translation>日程网格</translation>
    </message>
</context>
<context>
    <name>WishlistEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="177"/>
        <source>Wishlist item</source>
        <translation>心愿单商品</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="178"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="179"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="180"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="183"/>
        <source>Reference (SKU)</source>
        <translation>货号（SKU）</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="184"/>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="187"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>WishlistSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="79"/>
        <source>Wishlist</source>
        <translation>心愿单</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="79"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="88"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="89"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="90"/>
        <source>Wishlist actions</source>
        <translation>心愿单操作</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="93"/>
        <source>Nothing on the wishlist.</source>
        <translation>心愿单为空。</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="102"/>
        <source>added %1</source>
        <translation>添加于 %1</translation>
    </message>
</context>
</TS>
