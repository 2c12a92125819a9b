<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClientEditorDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="63"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="63"/>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="98"/>
        <source>e.g. 张 / Dupont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="99"/>
        <source>e.g. 伟 / Héloïse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="100"/>
        <source>e.g. Zhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="101"/>
        <source>e.g. Wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="103"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="104"/>
        <source>As the client writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="105"/>
        <source>In Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="106"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="107"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="108"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="114"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="115"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="116"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="117"/>
        <source>Speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="118"/>
        <source>Reach by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="126"/>
        <source>Two-letter country code; local phone numbers are read for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="131"/>
        <source>+ Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="131"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="131"/>
        <source>+33 6 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="132"/>
        <source>+ Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="132"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="132"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="133"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="134"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="135"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="136"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="137"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="138"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="141"/>
        <source>Comma separated, e.g. collector, golf, Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="142"/>
        <source>Do not contact this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="144"/>
        <source>Why (the advisor who reads it will respect it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="146"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="147"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="149"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="273"/>
        <source>Discard your changes to this client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="274"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="19"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="19"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="19"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="19"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="20"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="27"/>
        <source>Search clients: name, 张伟, phone, email, tag, words in notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="48"/>
        <source>Opening the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/client_list.py" line="101"/>
        <source>%n client(s) in the book</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/client_list.py" line="103"/>
        <source>%n client(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="105"/>
        <source>No client matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="272"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="274"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="273"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="275"/>
        <source>Given how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="275"/>
        <source>In boutique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="81"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="81"/>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="101"/>
        <source>No consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="110"/>
        <source>preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="112"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="115"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRows</name>
    <message>
        <location filename="../../app/clienteling/ui/widgets/contact_rows.py" line="51"/>
        <location filename="../../app/clienteling/ui/widgets/contact_rows.py" line="52"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="21"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="21"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="27"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="30"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="34"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="36"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="38"/>
        <source>No phone, email or address yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="227"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="231"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="228"/>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="229"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="230"/>
        <source>e.g. Wedding anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="232"/>
        <source>1985-05-14, 14/05/1985, or 05-14 without the year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="65"/>
        <source>Important dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="65"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="76"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="77"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="78"/>
        <source>Date actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="80"/>
        <source>No birthday or anniversary recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="45"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="46"/>
        <source>Delete this note? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="46"/>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="64"/>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="65"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="65"/>
        <source>Delete this entry? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="76"/>
        <source>In boutique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="29"/>
        <source>How to address the client in their language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="31"/>
        <source>The same, in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="53"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="67"/>
        <source>⛔  DO NOT CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="82"/>
        <source>In English: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="84"/>
        <source>Speaks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="85"/>
        <source>Prefers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="90"/>
        <source>In the book since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="96"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="98"/>
        <source>No reason recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="49"/>
        <source>← Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="53"/>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="55"/>
        <source>Edit names, contact details, tier (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="114"/>
        <source>Choose a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="173"/>
        <source>This client has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="188"/>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/widgets/form_dialog.py" line="25"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="91"/>
        <source>Household &amp; gifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="91"/>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="102"/>
        <source>No family or friends recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="119"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="127"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="132"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="120"/>
        <source>Add date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="121"/>
        <source>Add size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="122"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="128"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="133"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="122"/>
        <source>Person actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="128"/>
        <source>Date actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="133"/>
        <source>Size actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="136"/>
        <source>+ Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="137"/>
        <source>+ Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="23"/>
        <source>Clienteling — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="40"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="45"/>
        <source>← Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="48"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="50"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="66"/>
        <source>The book cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="73"/>
        <source>The book is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="74"/>
        <source>The integrity check found damage in the book. Keep working only if you must, and restore the latest backup (see README, “Restore a backup”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="79"/>
        <source>Backup saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="48"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="49"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="87"/>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="88"/>
        <source>Show more (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="117"/>
        <source>Ctrl+Enter to save, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="119"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="120"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="164"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="176"/>
        <source>Write a note… (Ctrl+Enter to save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="180"/>
        <source>Kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="183"/>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="255"/>
        <source>Show %1 older notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="258"/>
        <source>No notes yet. What did you talk about?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferenceEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="153"/>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="154"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="156"/>
        <source>Likes or dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="158"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="159"/>
        <source>e.g. navy, calfskin, no fur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="18"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="18"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="30"/>
        <source>No likes or dislikes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="44"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="45"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchasesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="24"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="29"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="29"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="29"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="30"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="52"/>
        <source>· %1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="74"/>
        <source>No purchases yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="62"/>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="72"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="78"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="78"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="135"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="136"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="135"/>
        <source>Delete this %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="250"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="251"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="252"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="253"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizeEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="175"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="178"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="176"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="177"/>
        <source>Size system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="179"/>
        <source>e.g. 38, M, 52</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="55"/>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="55"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="71"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="72"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="72"/>
        <source>Size actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="74"/>
        <source>No sizes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../app/clienteling/ui/taskman.py" line="28"/>
        <source>Something went wrong and the action was not completed. Your saved work is safe. (Details are in the log.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/taskman.py" line="37"/>
        <source>Clienteling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WishlistEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="196"/>
        <source>Wishlist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="197"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="198"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="199"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="202"/>
        <source>Reference (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="203"/>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="206"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WishlistSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="79"/>
        <source>Wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="79"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="88"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="89"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="90"/>
        <source>Wishlist actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="93"/>
        <source>Nothing on the wishlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="102"/>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
