<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/clienteling/ui/about.py" line="29"/>
        <source>About Clienteling</source>
        <translation>À propos de Clienteling</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/about.py" line="40"/>
        <source>Clienteling: client dossiers for boutique advisors.</source>
        <translation>Clienteling : les dossiers clients des conseillers de boutique.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/about.py" line="44"/>
        <source>Built %1</source>
        <translation>Compilé le %1</translation>
    </message>
</context>
<context>
    <name>Aftercare</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="50"/>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="50"/>
        <source>Alteration</source>
        <translation>Retouche</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="51"/>
        <source>Service</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="51"/>
        <source>Cleaning &amp; care</source>
        <translation>Nettoyage &amp; soin</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="52"/>
        <source>Engraving</source>
        <translation>Gravure</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="52"/>
        <source>Bespoke order</source>
        <translation>Commande sur mesure</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="56"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="57"/>
        <source>Sent to workshop</source>
        <translation>Envoyée à l’atelier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="58"/>
        <source>Quote sent</source>
        <translation>Devis envoyé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="58"/>
        <source>Approved</source>
        <translation>Devis accepté</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="59"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="60"/>
        <source>Back in boutique</source>
        <translation>De retour en boutique</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="61"/>
        <source>Collected</source>
        <translation>Remise au client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="61"/>
        <source>Fitting</source>
        <translation>Essayage</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="62"/>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="63"/>
        <source>Design proposal</source>
        <translation>Proposition de design</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="64"/>
        <source>Client confirmation</source>
        <translation>Confirmation du client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="65"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="65"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="70"/>
        <source>Breached</source>
        <translation>Hors délai</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="72"/>
        <source>Promised date passed</source>
        <translation>Date promise dépassée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="73"/>
        <source>Nearly breached</source>
        <translation>Bientôt hors délai</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="74"/>
        <source>On track</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="90"/>
        <source>Promised for %1 and not ready</source>
        <translation>Promis pour le %1, pas encore prêt</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="94"/>
        <source>“%1” was due %2</source>
        <translation>Étape « %1 » attendue le %2</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="96"/>
        <source>next: “%1” due by %2</source>
        <translation>ensuite : étape « %1 » attendue d’ici le %2</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="98"/>
        <source>“%1” due by %2</source>
        <translation>Étape « %1 » attendue d’ici le %2</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="109"/>
        <source>Stage %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>AftercarePage</name>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="116"/>
        <source>Aftercare</source>
        <translation>Après-vente</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="120"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="123"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="125"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="128"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="129"/>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="130"/>
        <source>SLA breached, or past the promised date and not ready</source>
        <translation>SLA dépassé, ou date promise passée sans que ce soit prêt</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="150"/>
        <source>Opening the book…</source>
        <translation>Ouverture du carnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/cases.py" line="186"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n demande en cours</numerusform>
            <numerusform>%n demandes en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/cases.py" line="188"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="190"/>
        <source>No open case matches these filters.</source>
        <translation>Aucune demande en cours ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="192"/>
        <source>No open aftercare cases. Open one from a client&apos;s dossier.</source>
        <translation>Aucune demande d’après-vente en cours. Ouvrez-en une depuis le dossier d’un client.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="17"/>
        <source>Styling session</source>
        <translation>Séance de stylisme</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="18"/>
        <source>Private viewing</source>
        <translation>Présentation privée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="19"/>
        <source>Fitting</source>
        <translation>Essayage</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="20"/>
        <source>Alteration fitting</source>
        <translation>Essayage de retouches</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="21"/>
        <source>Pickup</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="21"/>
        <source>Repair drop-off</source>
        <translation>Dépôt pour réparation</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="22"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="22"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="26"/>
        <source>Boutique</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="26"/>
        <source>Private salon</source>
        <translation>Salon privé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="27"/>
        <source>Client&apos;s home</source>
        <translation>Domicile du client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="27"/>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="28"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="32"/>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="32"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="33"/>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="33"/>
        <source>No-show</source>
        <translation>Non honoré</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="34"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="38"/>
        <source>All-day event</source>
        <translation>Événement sur toute la journée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="39"/>
        <source>Longer than a day</source>
        <translation>Plus d’une journée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="40"/>
        <source>Repeating event</source>
        <translation>Événement récurrent</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="41"/>
        <source>Cancelled in the calendar</source>
        <translation>Annulé dans le calendrier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="45"/>
        <source>Already in the agenda</source>
        <translation>Déjà dans l’agenda</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="46"/>
        <source>Client from Clienteling</source>
        <translation>Client de Clienteling</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="47"/>
        <source>By email</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="47"/>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="51"/>
        <source>Overlaps for the same advisor: %1</source>
        <translation>Chevauchement pour le même conseiller : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="61"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="61"/>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="117"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="119"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_labels.py" line="120"/>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="46"/>
        <source>✓ Appointment booked</source>
        <translation>✓ Rendez-vous pris</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="51"/>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="58"/>
        <source>✓ Marked %1</source>
        <translation>✓ Marqué comme %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="63"/>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="64"/>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="64"/>
        <source>Cancel this appointment? It stays in the agenda, marked cancelled.</source>
        <translation>Annuler ce rendez-vous ? Il reste dans l’agenda, marqué comme annulé.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="67"/>
        <source>✓ Appointment cancelled</source>
        <translation>✓ Rendez-vous annulé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="73"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="74"/>
        <source>Pre-appointment brief…</source>
        <translation>Fiche de préparation…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="75"/>
        <source>Write what happened…</source>
        <translation>Consigner le compte rendu…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="78"/>
        <source>Mark %1</source>
        <translation>Marquer comme %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="81"/>
        <source>Book it again</source>
        <translation>Rétablir le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="83"/>
        <source>Cancel appointment…</source>
        <translation>Annuler le rendez-vous…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="84"/>
        <source>Open the client&apos;s dossier</source>
        <translation>Ouvrir le dossier du client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="85"/>
        <source>Export to a calendar file…</source>
        <translation>Exporter vers un fichier de calendrier…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="95"/>
        <source>Export to a calendar file</source>
        <translation>Exporter vers un fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="107"/>
        <source>The calendar file could not be written to %1 (%2).</source>
        <translation>Le fichier de calendrier n’a pas pu être enregistré dans %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="111"/>
        <source>✓ Exported to %1</source>
        <translation>✓ Exporté dans %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="120"/>
        <source>Import a calendar file</source>
        <translation>Importer un fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="121"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="131"/>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Le fichier %1 est illisible (%2).</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_actions.py" line="136"/>
        <source>✓ Imported: %1 new, %2 changed</source>
        <translation>✓ Importé — nouveaux : %1, modifiés : %2</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="71"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="74"/>
        <source>Previous (PgUp)</source>
        <translation>Précédent (Page préc.)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="75"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="75"/>
        <source>Back to today (T)</source>
        <translation>Revenir à aujourd’hui (T)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="76"/>
        <source>Next (PgDn)</source>
        <translation>Suivant (Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="77"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="77"/>
        <source>One day as a list (D)</source>
        <translation>Une journée sous forme de liste (D)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="78"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="78"/>
        <source>The week as a grid (W)</source>
        <translation>La semaine sous forme de grille (W)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="85"/>
        <source>Book appointment</source>
        <translation>Prendre rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="87"/>
        <source>Book an appointment (Ctrl+B)</source>
        <translation>Prendre un rendez-vous (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="89"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="89"/>
        <source>Save appointments as a calendar file (.ics)</source>
        <translation>Enregistrer les rendez-vous dans un fichier de calendrier (.ics)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="92"/>
        <source>The period shown</source>
        <translation>La période affichée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="93"/>
        <source>The chosen appointment</source>
        <translation>Le rendez-vous sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="94"/>
        <source>Dates from… to…</source>
        <translation>Du… au…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="96"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="97"/>
        <source>Read a calendar file (.ics) from Outlook, Google or Apple Calendar</source>
        <translation>Lire un fichier de calendrier (.ics) d’Outlook, de Google Agenda ou d’Apple Calendrier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="117"/>
        <source>Opening the book…</source>
        <translation>Ouverture du carnet…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="119"/>
        <source>Today&apos;s list</source>
        <translation>Liste du jour</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="121"/>
        <source>Today&apos;s appointments as a list</source>
        <translation>Les rendez-vous du jour sous forme de liste</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="233"/>
        <source>Today: no appointments.</source>
        <translation>Aujourd’hui : aucun rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="237"/>
        <source>Today, 1 appointment</source>
        <translation>Aujourd’hui, 1 rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="238"/>
        <source>Today, %1 appointments</source>
        <translation>Aujourd’hui, %1 rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="245"/>
        <source>next: %1</source>
        <translation>à venir : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="247"/>
        <source>all past</source>
        <translation>tous passés</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="300"/>
        <source>Choose an appointment first.</source>
        <translation>Choisissez d’abord un rendez-vous.</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="136"/>
        <source>Book an appointment</source>
        <translation>Prendre un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="136"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="158"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="167"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="174"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="176"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="179"/>
        <source>Hotel, address or video link</source>
        <translation>Hôtel, adresse ou lien vidéo</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="185"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="187"/>
        <source>The client&apos;s advisor</source>
        <translation>Le conseiller du client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="192"/>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="194"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="198"/>
        <source>What to prepare, pieces to pull…</source>
        <translation>À préparer, pièces à sortir…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="199"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="200"/>
        <source>What happened, what they liked, what to follow up…</source>
        <translation>Ce qui s’est passé, ce qui a plu, les suites à donner…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="201"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="295"/>
        <source>%1 already has %2 with %3 at that time.</source>
        <translation>%1 a déjà un rendez-vous (%2) avec %3 à cette heure-là.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="299"/>
        <source>(and %1 more)</source>
        <translation>(et %1 de plus)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="327"/>
        <source>Discard your changes to this appointment?</source>
        <translation>Abandonner vos modifications de ce rendez-vous ?</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="328"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>AppointmentNoteCard</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="133"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="139"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>AppointmentsSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="48"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="48"/>
        <source>Book…</source>
        <translation>Prendre rendez-vous…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="49"/>
        <source>Book an appointment with this client (Ctrl+B)</source>
        <translation>Prendre un rendez-vous avec ce client (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="78"/>
        <source>No appointments yet.</source>
        <translation>Aucun rendez-vous pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="81"/>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="85"/>
        <source>Before</source>
        <translation>Passés</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="90"/>
        <source>Show %1 earlier</source>
        <translation>Afficher les précédents (%1)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_agenda.py" line="116"/>
        <source>Appointment actions</source>
        <translation>Actions sur le rendez-vous</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="60"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="65"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="75"/>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="85"/>
        <source>Dates coming up</source>
        <translation>Dates à venir</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="90"/>
        <source>Open aftercare</source>
        <translation>Après-vente en cours</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="92"/>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="97"/>
        <source>Recent purchases</source>
        <translation>Achats récents</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="99"/>
        <source>Wishlist</source>
        <translation>Liste d’envies</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="103"/>
        <source>Last notes</source>
        <translation>Dernières notes</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="155"/>
        <source>Pre-appointment brief</source>
        <translation>Fiche de préparation du rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="159"/>
        <source>Preparing the brief…</source>
        <translation>Préparation de la fiche…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="161"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="162"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="200"/>
        <source>Save the brief as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="201"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="205"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="206"/>
        <source>The brief could not be saved as %1. Choose another folder.</source>
        <translation>La fiche n’a pas pu être enregistrée sous %1. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/brief.py" line="220"/>
        <source>Print the brief</source>
        <translation>Imprimer la fiche</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="158"/>
        <source>Edit case…</source>
        <translation>Modifier la demande…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="159"/>
        <source>Cancel case…</source>
        <translation>Annuler la demande…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="160"/>
        <source>Case actions</source>
        <translation>Actions sur la demande</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="169"/>
        <source>%1 · stage %2 of %3</source>
        <translation>%1 · étape %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="180"/>
        <source>Promised %1</source>
        <translation>Promis pour le %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="182"/>
        <source>Quote %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="213"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="215"/>
        <source>Mark the case as “%1”%2</source>
        <translation>Passer la demande à l’étape « %1 »%2</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="216"/>
        <source> (this closes it)</source>
        <translation> (ce qui la clôture)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="220"/>
        <source>Skip to “%1”</source>
        <translation>Passer directement à « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="222"/>
        <source>Go back to “%1”…</source>
        <translation>Revenir à « %1 »…</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="47"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="51"/>
        <source>Item from</source>
        <translation>Article issu de</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="52"/>
        <source>Not a purchase: describe it below</source>
        <translation>Pas un achat : le décrire ci-dessous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="57"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="58"/>
        <source>e.g. Kelly 28 in étoupe, the client&apos;s own watch</source>
        <translation>ex. Kelly 28 étoupe, la montre personnelle du client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="59"/>
        <source>Request</source>
        <translation>Travail demandé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="60"/>
        <source>What needs doing, in the client&apos;s words</source>
        <translation>Ce qu’il faut faire, avec les mots du client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="64"/>
        <source>Promised for</source>
        <translation>Promis pour le</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="77"/>
        <source>e.g. 350 or 1 250,50</source>
        <translation>ex. 350 ou 1 250,50</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="83"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="84"/>
        <source>Left empty: the boutique&apos;s currency</source>
        <translation>Laissé vide : la devise de la boutique</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="89"/>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="90"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="101"/>
        <source>Edit · Aftercare case</source>
        <translation>Modifier · Demande d’après-vente</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="101"/>
        <source>Open an aftercare case</source>
        <translation>Ouvrir une demande d’après-vente</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/case_editor.py" line="108"/>
        <source>The kind of an open case cannot change: its stages depend on it.</source>
        <translation>Le type d’une demande en cours ne peut pas changer : ses étapes en dépendent.</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="38"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="38"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="38"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="38"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="38"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/cases.py" line="39"/>
        <source>Promised</source>
        <translation>Promis pour</translation>
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
        <translation>Après-vente</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="235"/>
        <source>Open a case…</source>
        <translation>Ouvrir une demande…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="268"/>
        <source>No open cases.</source>
        <translation>Aucune demande en cours.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="270"/>
        <source>Earlier cases</source>
        <translation>Demandes précédentes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="275"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="281"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="317"/>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="319"/>
        <source>Go back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="318"/>
        <source>Return this case to “%1”? The move is kept in the case&apos;s history.</source>
        <translation>Ramener cette demande à « %1 » ? Ce retour reste inscrit dans l’historique de la demande.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="326"/>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="327"/>
        <source>Cancel case</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_cases.py" line="327"/>
        <source>Cancel this case? It leaves the open cases; its history is kept.</source>
        <translation>Annuler cette demande ? Elle sort des demandes en cours ; son historique est conservé.</translation>
    </message>
</context>
<context>
    <name>ClientEditorDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="63"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="63"/>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="98"/>
        <source>e.g. 张 / Dupont</source>
        <translation>ex. 张 / Dupont</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="99"/>
        <source>e.g. 伟 / Héloïse</source>
        <translation>ex. 伟 / Héloïse</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="100"/>
        <source>e.g. Zhang</source>
        <translation>ex. Zhang</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="101"/>
        <source>e.g. Wei</source>
        <translation>ex. Wei</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="103"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="104"/>
        <source>As the client writes it</source>
        <translation>Tel que le client l’écrit</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="105"/>
        <source>In Latin letters</source>
        <translation>En alphabet latin</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="106"/>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="107"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="108"/>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="114"/>
        <source>Relationship</source>
        <translation>Relation client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="115"/>
        <source>Tier</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="116"/>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="117"/>
        <source>Speaks</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="118"/>
        <source>Reach by</source>
        <translation>Contacter par</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="126"/>
        <source>Two-letter country code; local phone numbers are read for it.</source>
        <translation>Code pays à deux lettres ; les numéros de téléphone locaux sont lus pour ce pays.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="131"/>
        <source>+ Add phone</source>
        <translation>+ Ajouter un téléphone</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="131"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="131"/>
        <source>+33 6 12 34 56 78</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="132"/>
        <source>+ Add email</source>
        <translation>+ Ajouter un e-mail</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="132"/>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="132"/>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="133"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="134"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="135"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="136"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="137"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="138"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="141"/>
        <source>Comma separated, e.g. collector, golf, Shanghai</source>
        <translation>Séparées par des virgules, ex. collectionneur, golf, Shanghai</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="142"/>
        <source>Do not contact this client</source>
        <translation>Ne pas contacter ce client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="144"/>
        <source>Why (the advisor who reads it will respect it)</source>
        <translation>Motif (le conseiller qui le lira le respectera)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="146"/>
        <source>Quiet period until</source>
        <translation>Période de discrétion jusqu’au</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="147"/>
        <source>No outreach prompts for this client before that day (mourning, a request)</source>
        <translation>Aucune relance proposée pour ce client avant ce jour (deuil, demande du client)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="152"/>
        <source>Why (e.g. mourning; call after the summer)</source>
        <translation>Motif (ex. deuil ; appeler après l’été)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="156"/>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="157"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="159"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="166"/>
        <source>Quiet because</source>
        <translation>Motif de la discrétion</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="295"/>
        <source>Discard your changes to this client?</source>
        <translation>Abandonner vos modifications de ce client ?</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/client_editor.py" line="296"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="20"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="20"/>
        <source>Tier</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="20"/>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="20"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/models/client_list.py" line="21"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="28"/>
        <source>Search clients: name, 张伟, phone, email, tag, words in notes…</source>
        <translation>Rechercher un client : nom, 张伟, téléphone, e-mail, étiquette, mots des notes…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="37"/>
        <source>Opening the book…</source>
        <translation>Ouverture du carnet…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="57"/>
        <source>Loading the client list…</source>
        <translation>Chargement de la liste des clients…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/client_list.py" line="100"/>
        <source>%n client(s) in the book</source>
        <translation>
            <numerusform>%n client dans le carnet</numerusform>
            <numerusform>%n clients dans le carnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/client_list.py" line="102"/>
        <source>Showing the first %n matches, by name; type more to narrow.</source>
        <translation>
            <numerusform>%n première correspondance affichée, par nom ; précisez la saisie pour affiner.</numerusform>
            <numerusform>%n premières correspondances affichées, par nom ; précisez la saisie pour affiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/client_list.py" line="105"/>
        <source>%n client(s) match</source>
        <translation>
            <numerusform>%n client correspond</numerusform>
            <numerusform>%n clients correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/client_list.py" line="107"/>
        <source>No client matches “%1”.</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/appointment_editor.py" line="47"/>
        <source>Type a name (张伟, Zhang, Dupont), a phone or an email…</source>
        <translation>Saisissez un nom (张伟, Zhang, Dupont), un téléphone ou un e-mail…</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="33"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="34"/>
        <source>Phone or email</source>
        <translation>Téléphone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="35"/>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="68"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="36"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="37"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="38"/>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="39"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="40"/>
        <source>Wishlist</source>
        <translation>Liste d’envies</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="41"/>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="42"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="43"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="50"/>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="51"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="52"/>
        <source>Family name (Latin)</source>
        <translation>Nom (alphabet latin)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="53"/>
        <source>Given name (Latin)</source>
        <translation>Prénom (alphabet latin)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="54"/>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="55"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="56"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="57"/>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="58"/>
        <source>Tier</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="59"/>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="60"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="61"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="62"/>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="63"/>
        <source>Reason not to contact</source>
        <translation>Motif de non-contact</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="64"/>
        <source>Deleted or kept</source>
        <translation>Supprimé ou conservé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="65"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="66"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="67"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="69"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="70"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="71"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="72"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="73"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="74"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="75"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="76"/>
        <source>Likes or dislikes</source>
        <translation>Aime ou n’aime pas</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="77"/>
        <source>Size system</source>
        <translation>Système de tailles</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="78"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="79"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="80"/>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="81"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="82"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="83"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="84"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="85"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="86"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="95"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="97"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="97"/>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="99"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="99"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="148"/>
        <source>Sync: conflicts and refused changes</source>
        <translation>Synchronisation : conflits et modifications refusées</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="153"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="154"/>
        <source>Refused by the server</source>
        <translation>Refusées par le serveur</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="167"/>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="196"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="167"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="167"/>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="167"/>
        <source>Theirs</source>
        <translation>Celle du serveur</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="168"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="172"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="173"/>
        <source>Your value replaces the server&apos;s, on every device</source>
        <translation>Votre valeur remplace celle du serveur, sur tous les appareils</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="174"/>
        <source>Take theirs</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="175"/>
        <source>The server&apos;s value stays; yours is dropped</source>
        <translation>La valeur du serveur reste ; la vôtre est abandonnée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="176"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="177"/>
        <source>Type the value to keep</source>
        <translation>Saisir la valeur à garder</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="196"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="196"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="197"/>
        <source>The server&apos;s reason</source>
        <translation>Motif du serveur</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="228"/>
        <source>(client no longer here)</source>
        <translation>(client plus présent ici)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="236"/>
        <source>%n field(s) changed here and on the server to different values. The server&apos;s value is shown until you choose.</source>
        <translation>
            <numerusform>%n champ modifié ici et sur le serveur avec des valeurs différentes. La valeur du serveur est affichée jusqu’à votre choix.</numerusform>
            <numerusform>%n champs modifiés ici et sur le serveur avec des valeurs différentes. La valeur du serveur est affichée jusqu’à votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="239"/>
        <source>No conflicts: nothing waits for your decision.</source>
        <translation>Aucun conflit : rien n’attend votre décision.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="248"/>
        <source>Delete: %1</source>
        <translation>Suppression : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="253"/>
        <source>(no reason given)</source>
        <translation>(aucun motif donné)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="257"/>
        <source>%n change(s) the server refused. They stay on this laptop; correct them in the dossier or ask IT.</source>
        <translation>
            <numerusform>%n modification refusée par le serveur. Elle reste sur cet ordinateur ; corrigez-la dans le dossier ou contactez l’informatique.</numerusform>
            <numerusform>%n modifications refusées par le serveur. Elles restent sur cet ordinateur ; corrigez-les dans le dossier ou contactez l’informatique.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="258"/>
        <source>The server has refused none of your changes.</source>
        <translation>Le serveur n’a refusé aucune de vos modifications.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="259"/>
        <source>Refused by the server (%n)</source>
        <translation>
            <numerusform>Refusée par le serveur (%n)</numerusform>
            <numerusform>Refusées par le serveur (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="260"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflit (%n)</numerusform>
            <numerusform>Conflits (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="298"/>
        <source>Edit the value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="299"/>
        <source>%1 of %2:</source>
        <translation>%1 de %2 :</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/conflicts.py" line="300"/>
        <source>this client</source>
        <translation>ce client</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="253"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="255"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="254"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="256"/>
        <source>Given how</source>
        <translation>Mode de recueil</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="256"/>
        <source>In boutique</source>
        <translation>En boutique</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="81"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="81"/>
        <source>Record…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="101"/>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="110"/>
        <source>preferred</source>
        <translation>préféré</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="112"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="115"/>
        <source>Grant</source>
        <translation>Accorder</translation>
    </message>
</context>
<context>
    <name>ContactRows</name>
    <message>
        <location filename="../../app/clienteling/ui/widgets/contact_rows.py" line="51"/>
        <location filename="../../app/clienteling/ui/widgets/contact_rows.py" line="52"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="23"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="23"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="29"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="32"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="36"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="38"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="40"/>
        <source>No phone, email or address yet.</source>
        <translation>Ni téléphone, ni e-mail, ni adresse pour l’instant.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="208"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="212"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="209"/>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="210"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="211"/>
        <source>e.g. Wedding anniversary</source>
        <translation>ex. Anniversaire de mariage</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="213"/>
        <source>1985-05-14, 14/05/1985, or 05-14 without the year</source>
        <translation>1985-05-14, 14/05/1985, ou 05-14 sans l’année</translation>
    </message>
</context>
<context>
    <name>DatesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="63"/>
        <source>Important dates</source>
        <translation>Dates importantes</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="63"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="74"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="75"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="76"/>
        <source>Date actions</source>
        <translation>Actions sur la date</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="78"/>
        <source>No birthday or anniversary recorded.</source>
        <translation>Aucune date d’anniversaire ou de commémoration enregistrée.</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="36"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="36"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="36"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="36"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="37"/>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="37"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_day.py" line="37"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="114"/>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="124"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="118"/>
        <source>Not relevant any more</source>
        <translation>N’est plus d’actualité</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="118"/>
        <source>Already in touch with the client</source>
        <translation>Déjà en contact avec le client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="119"/>
        <source>The client would not welcome it</source>
        <translation>Le client ne l’apprécierait pas</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="119"/>
        <source>Handled by a colleague</source>
        <translation>Pris en charge par un collègue</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="122"/>
        <source>Why? (kept with the decision)</source>
        <translation>Pourquoi ? (conservé avec la décision)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="123"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="140"/>
        <source>Say in a few words why you dismiss this prompt.</source>
        <translation>Indiquez en quelques mots pourquoi vous écartez cette relance.</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="46"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="47"/>
        <source>Delete this note? This cannot be undone.</source>
        <translation>Supprimer cette note ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="47"/>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="65"/>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="66"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="66"/>
        <source>Delete this entry? This cannot be undone.</source>
        <translation>Supprimer cette entrée ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_actions.py" line="77"/>
        <source>In boutique</source>
        <translation>En boutique</translation>
    </message>
</context>
<context>
    <name>DossierDates</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="54"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="54"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="55"/>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="29"/>
        <source>How to address the client in their language</source>
        <translation>Comment s’adresser au client dans sa langue</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="31"/>
        <source>The same, in English</source>
        <translation>La même formule, en anglais</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="53"/>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="67"/>
        <source>⛔  DO NOT CONTACT</source>
        <translation>⛔  NE PAS CONTACTER</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="83"/>
        <source>In English: %1</source>
        <translation>En anglais : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="85"/>
        <source>Speaks %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="86"/>
        <source>Prefers %1</source>
        <translation>Canal préféré : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="91"/>
        <source>In the book since %1</source>
        <translation>Dans le carnet depuis le %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="97"/>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_header.py" line="99"/>
        <source>No reason recorded.</source>
        <translation>Aucun motif enregistré.</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="60"/>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="62"/>
        <source>Edit names, contact details, tier (Ctrl+E)</source>
        <translation>Modifier les noms, les coordonnées, le statut (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="72"/>
        <source>Book appointment</source>
        <translation>Prendre rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="74"/>
        <source>Book an appointment with this client (Ctrl+B)</source>
        <translation>Prendre un rendez-vous avec ce client (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="131"/>
        <source>Choose a client.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="136"/>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="137"/>
        <source>Back to %1 (Esc)</source>
        <translation>Retour à %1 (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="200"/>
        <source>This client has been deleted.</source>
        <translation>Ce client a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier.py" line="215"/>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="105"/>
        <source>Close the draft (Esc)</source>
        <translation>Fermer le brouillon (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="126"/>
        <source>Start again from the template</source>
        <translation>Repartir du modèle</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="127"/>
        <source>Replace the text with the template&apos;s draft</source>
        <translation>Remplacer le texte par le brouillon du modèle</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="138"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="139"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="140"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="142"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="144"/>
        <source>Open in channel</source>
        <translation>Ouvrir dans le canal</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="146"/>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="148"/>
        <source>Log this outreach on the client&apos;s timeline (Ctrl+Enter)</source>
        <translation>Consigner cette prise de contact dans l’historique du client (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="183"/>
        <source>Writing the draft…</source>
        <translation>Rédaction du brouillon…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="211"/>
        <source>No draft could be written (%1). Write the message yourself.</source>
        <translation>Aucun brouillon n’a pu être rédigé (%1). Rédigez le message vous-même.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="213"/>
        <source>No template in %1: written in %2</source>
        <translation>Pas de modèle en %1 : rédigé en %2</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="216"/>
        <source>Written in %1</source>
        <translation>Rédigé en %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="251"/>
        <source>Draft kept from %1</source>
        <translation>Brouillon conservé depuis %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="289"/>
        <source>The draft could not be kept: %1</source>
        <translation>Le brouillon n'a pas pu être conservé : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="368"/>
        <source>Paste the text in %1</source>
        <translation>Collez le texte dans %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="369"/>
        <source>Copy for %1</source>
        <translation>Copier pour %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="372"/>
        <source>No address on file</source>
        <translation>Aucune adresse enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="373"/>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="374"/>
        <source>Open in %1</source>
        <translation>Ouvrir dans %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="382"/>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="391"/>
        <source>Copied — paste it in %1</source>
        <translation>Copié — collez-le dans %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="396"/>
        <source>There is no address for %1 on file: copy the text instead.</source>
        <translation>Aucune adresse n’est enregistrée pour %1 : copiez plutôt le texte.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="399"/>
        <source>Opened in %1. Mark it done once sent.</source>
        <translation>Ouvert dans %1. Marquez-le comme fait une fois envoyé.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="401"/>
        <source>No app on this computer opens %1 links: copy the text instead.</source>
        <translation>Aucune application de cet ordinateur n’ouvre les liens %1 : copiez plutôt le texte.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/draft_panel.py" line="408"/>
        <source>Choose the channel you used.</source>
        <translation>Choisissez le canal utilisé.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/widgets/form_dialog.py" line="28"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="89"/>
        <source>Household &amp; gifting</source>
        <translation>Proches &amp; cadeaux</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="89"/>
        <source>Add person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="100"/>
        <source>No family or friends recorded.</source>
        <translation>Aucun proche enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="117"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="125"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="130"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="118"/>
        <source>Add date…</source>
        <translation>Ajouter une date…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="119"/>
        <source>Add size…</source>
        <translation>Ajouter une taille…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="120"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="126"/>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="131"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="120"/>
        <source>Person actions</source>
        <translation>Actions sur la personne</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="126"/>
        <source>Date actions</source>
        <translation>Actions sur la date</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="131"/>
        <source>Size actions</source>
        <translation>Actions sur la taille</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="134"/>
        <source>+ Date</source>
        <translation>+ Date</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_profile.py" line="135"/>
        <source>+ Size</source>
        <translation>+ Taille</translation>
    </message>
</context>
<context>
    <name>IcsImportDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="57"/>
        <source>Import a calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="59"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="61"/>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="71"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="61"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="61"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="62"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="62"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="88"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="118"/>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="172"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="128"/>
        <source>Changes the appointment</source>
        <translation>Modifie le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="130"/>
        <source>Already in the agenda</source>
        <translation>Déjà dans l’agenda</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="132"/>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="133"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="148"/>
        <source>Which client?</source>
        <translation>Quel client ?</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="151"/>
        <source>Someone else…</source>
        <translation>Quelqu’un d’autre…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="158"/>
        <source>Link…</source>
        <translation>Associer…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="160"/>
        <source>Choose the client this event is with</source>
        <translation>Choisir le client concerné par cet événement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="198"/>
        <source>%1 events: %2 new, %3 to change, %4 already in the agenda, %5 left out.</source>
        <translation>Événements : %1 · nouveaux : %2 · à modifier : %3 · déjà dans l’agenda : %4 · ignorés : %5.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="203"/>
        <source>%1 name no client in the book: link them, or they are left out.</source>
        <translation>Événements ne nommant aucun client du carnet : %1. Associez-les, sinon ils seront ignorés.</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="13"/>
        <source>Core</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="13"/>
        <source>Potential</source>
        <translation>À potentiel</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="14"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="14"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="15"/>
        <source>Dormant</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi_labels.py" line="15"/>
        <source>Never bought</source>
        <translation>Sans achat</translation>
    </message>
</context>
<context>
    <name>KpiView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="70"/>
        <source>Insights</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="71"/>
        <source>Opening the book…</source>
        <translation>Ouverture du carnet…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="72"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="86"/>
        <source>Prompts completed and overdue, by week</source>
        <translation>Relances effectuées et en retard, par semaine</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="87"/>
        <source>Outreach by channel</source>
        <translation>Prises de contact par canal</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="87"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="87"/>
        <source>Messages and calls</source>
        <translation>Messages et appels</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="88"/>
        <source>Open aftercare cases by stage</source>
        <translation>Demandes d’après-vente en cours, par étape</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="89"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="89"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="90"/>
        <source>Clients by segment</source>
        <translation>Clients par segment</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="90"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="90"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="91"/>
        <source>Follow-up completion</source>
        <translation>Réalisation des relances</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="91"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="122"/>
        <source>Reading the figures of the last %1 weeks…</source>
        <translation>Lecture des chiffres des %1 dernières semaines…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="158"/>
        <source>Counting the overdue prompts of each week… (%1 of %2)</source>
        <translation>Décompte des relances en retard de chaque semaine… (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="192"/>
        <source>The last %1 weeks, since %2 · follow-up completion %3 · SLA breaches: %4</source>
        <translation>Les %1 dernières semaines, depuis le %2 · relances menées à bien : %3 · SLA dépassés : %4</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="204"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="207"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="244"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="245"/>
        <source>Completed</source>
        <translation>Effectuées</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="205"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="209"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="86"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="91"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="206"/>
        <source>Prompts</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="208"/>
        <source>Dismissed</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="216"/>
        <source>Outreach</source>
        <translation>Prises de contact</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="217"/>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="223"/>
        <source>On track</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="89"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="224"/>
        <source>Nearly breached</source>
        <translation>Bientôt hors délai</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="89"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="225"/>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="227"/>
        <source>No open case</source>
        <translation>Aucune demande en cours</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="238"/>
        <source>Counting the prompts still overdue…</source>
        <translation>Décompte des relances encore en retard…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="241"/>
        <source>%1 of the %2 prompts that needed an answer were completed (%3); dismissed prompts needed none.</source>
        <translation>%1 des %2 relances qui appelaient une réponse ont été effectuées (%3) ; les relances écartées n’en appelaient aucune.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="244"/>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="245"/>
        <source>Still overdue</source>
        <translation>Toujours en retard</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/kpi.py" line="246"/>
        <source>Completion rate</source>
        <translation>Taux de réalisation</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="11"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="11"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="12"/>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="12"/>
        <source>Platinum</source>
        <translation>Platine</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="13"/>
        <source>VIC</source>
        <translation>VIC</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="17"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="17"/>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="18"/>
        <source>Mrs</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="18"/>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="19"/>
        <source>Miss</source>
        <translation>Mlle</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="19"/>
        <source>Dr</source>
        <translation>Dr</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="20"/>
        <source>Mx</source>
        <translation>Mx</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="24"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="24"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="25"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="25"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="26"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
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
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="31"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="31"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="32"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="32"/>
        <source>Chinese (Simplified)</source>
        <translation>Chinois (simplifié)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="33"/>
        <source>Chinese (Traditional)</source>
        <translation>Chinois (traditionnel)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="33"/>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="34"/>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="34"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="35"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="35"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="36"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="40"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="40"/>
        <source>Gift idea</source>
        <translation>Idée cadeau</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="41"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="41"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="45"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="45"/>
        <source>Materials</source>
        <translation>Matières</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="46"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="46"/>
        <source>Styles</source>
        <translation>Styles</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="47"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="47"/>
        <location filename="../../app/clienteling/ui/labels.py" line="88"/>
        <source>Fragrance</source>
        <translation>Parfum</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="48"/>
        <location filename="../../app/clienteling/ui/labels.py" line="67"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="52"/>
        <source>Likes</source>
        <translation>Aime</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="52"/>
        <source>Dislikes</source>
        <translation>N’aime pas</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="56"/>
        <location filename="../../app/clienteling/ui/labels.py" line="86"/>
        <source>Ready-to-wear</source>
        <translation>Prêt-à-porter</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="56"/>
        <source>Jacket</source>
        <translation>Veste</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="57"/>
        <source>Trousers</source>
        <translation>Pantalon</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="57"/>
        <source>Shirt</source>
        <translation>Chemise</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="58"/>
        <location filename="../../app/clienteling/ui/labels.py" line="86"/>
        <source>Shoes</source>
        <translation>Chaussures</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="58"/>
        <source>Ring</source>
        <translation>Bague</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="59"/>
        <source>Belt</source>
        <translation>Ceinture</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="59"/>
        <source>Gloves</source>
        <translation>Gants</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="60"/>
        <source>Hat</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="60"/>
        <source>Watch strap</source>
        <translation>Bracelet de montre</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="64"/>
        <source>Spouse</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="64"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="65"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="65"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="66"/>
        <source>Sibling</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="66"/>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="67"/>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="71"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="71"/>
        <source>Anniversary</source>
        <translation>Jour anniversaire</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="72"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="76"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="76"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="80"/>
        <source>Wanted</source>
        <translation>Souhaité</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="80"/>
        <source>Fulfilled</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="81"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="85"/>
        <source>Leather goods</source>
        <translation>Maroquinerie</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="87"/>
        <source>Jewellery</source>
        <translation>Joaillerie</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="87"/>
        <source>Watches</source>
        <translation>Horlogerie</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/labels.py" line="88"/>
        <source>Accessories</source>
        <translation>Accessoires</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/ics_import.py" line="33"/>
        <source>Link to a client</source>
        <translation>Associer à un client</translation>
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
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="59"/>
        <source>← Clients</source>
        <translation>← Clients</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="62"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="64"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="69"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="69"/>
        <source>About Clienteling…</source>
        <translation>À propos de Clienteling…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="139"/>
        <source>The book cannot be opened</source>
        <translation>Impossible d’ouvrir le carnet</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="146"/>
        <source>The book is damaged</source>
        <translation>Le carnet est endommagé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="147"/>
        <source>The integrity check found damage in the book. Keep working only if you must, and restore the latest backup (see README, “Restore a backup”).</source>
        <translation>La vérification d’intégrité a détecté des dommages dans le carnet. Ne continuez à travailler qu’en cas de nécessité, et restaurez la dernière sauvegarde (voir le README, « Restore a backup »).</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/main_window.py" line="152"/>
        <source>Backup saved.</source>
        <translation>Sauvegarde effectuée.</translation>
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
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="57"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="95"/>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="96"/>
        <source>Show more (%1 characters)</source>
        <translation>Afficher plus (%1 caractères)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="125"/>
        <source>Ctrl+Enter to save, Esc to cancel</source>
        <translation>Ctrl+Entrée pour enregistrer, Échap pour annuler</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="127"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="128"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="223"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="236"/>
        <source>Write a note… (Ctrl+Enter to save)</source>
        <translation>Écrire une note… (Ctrl+Entrée pour enregistrer)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="240"/>
        <source>Kind of note</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="243"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="322"/>
        <source>Show %1 older notes</source>
        <translation>Afficher les notes plus anciennes (%1)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="325"/>
        <source>No notes yet. What did you talk about?</source>
        <translation>Aucune note pour l’instant. De quoi avez-vous parlé ?</translation>
    </message>
</context>
<context>
    <name>PreferenceEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="134"/>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="135"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="137"/>
        <source>Likes or dislikes</source>
        <translation>Aime ou n’aime pas</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="139"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="140"/>
        <source>e.g. navy, calfskin, no fur</source>
        <translation>ex. marine, veau, pas de fourrure</translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="18"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="18"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="30"/>
        <source>No likes or dislikes recorded.</source>
        <translation>Aucune préférence enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="44"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="45"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="39"/>
        <source>Birthday on {date}</source>
        <translation>Anniversaire le {date}</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="40"/>
        <source>{occasion} on {date}</source>
        <translation>{occasion} le {date}</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="41"/>
        <source>Gift for {relation}: {occasion} on {date}</source>
        <translation>Cadeau pour {relation} : {occasion} le {date}</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="42"/>
        <source>Bought {item} on {date}: send a thank-you</source>
        <translation>Achat de {item} le {date} : envoyer un remerciement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="43"/>
        <source>Bought {item} and {more} more on {date}: send a thank-you</source>
        <translation>Achat de {item} (+ {more}) le {date} : envoyer un remerciement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="44"/>
        <source>Bought {item} on {date}: check in on how they enjoy it</source>
        <translation>Achat de {item} le {date} : prendre des nouvelles de la pièce</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="46"/>
        <source>Bought {item} on {date}: leather care due</source>
        <translation>Achat de {item} le {date} : soin du cuir à prévoir</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="47"/>
        <source>Bought {item} on {date}: watch service due</source>
        <translation>Achat de {item} le {date} : révision de la montre à prévoir</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="48"/>
        <source>Bought {item} on {date}: jewellery cleaning due</source>
        <translation>Achat de {item} le {date} : nettoyage du bijou à prévoir</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="50"/>
        <source>Bought {item} on {date}: care due</source>
        <translation>Achat de {item} le {date} : entretien à prévoir</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="51"/>
        <source>{appointment} on {date}: follow up</source>
        <translation>{appointment} du {date} : assurer le suivi</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules.py" line="52"/>
        <source>Missed the {appointment} on {date}: offer a new time</source>
        <translation>Rendez-vous manqué ({appointment}, {date}) : proposer un autre créneau</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="31"/>
        <source>{item} is back in the boutique: ready for pickup</source>
        <translation>{item} de retour en boutique : à remettre au client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="32"/>
        <source>Quote for {item} sent on {date}: awaiting approval</source>
        <translation>Devis pour {item} envoyé le {date} : en attente d’accord</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="33"/>
        <source>Design proposal for {item} sent on {date}: awaiting confirmation</source>
        <translation>Proposition de design pour {item} envoyée le {date} : en attente de confirmation</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="34"/>
        <source>{item}: {stage} is due by {date} (SLA nearly breached)</source>
        <translation>{item} : étape « {stage} » attendue d’ici le {date} (SLA bientôt dépassé)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="35"/>
        <source>{item}: {stage} was due on {date} (SLA breached)</source>
        <translation>{item} : étape « {stage} » attendue le {date} (SLA dépassé)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_aftercare.py" line="36"/>
        <source>{item} was promised for {date} and is not ready: tell the client</source>
        <translation>{item} : promis pour le {date}, pas encore prêt — prévenir le client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_recall.py" line="31"/>
        <source>First purchase on {date}: welcome them to the maison</source>
        <translation>Premier achat le {date} : souhaiter la bienvenue dans la maison</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_recall.py" line="32"/>
        <source>Core client (last purchase {date}): invite them personally to the next event</source>
        <translation>Client fidèle (dernier achat le {date}) : l’inviter personnellement au prochain événement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_recall.py" line="33"/>
        <source>No purchase since {date} (last: {item}): a personal recall</source>
        <translation>Aucun achat depuis le {date} (dernier : {item}) : une relance personnelle</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_recall.py" line="34"/>
        <source>Dormant, no purchase since {date} (last: {item}): a recall with our news</source>
        <translation>Client inactif, aucun achat depuis le {date} (dernier : {item}) : une relance avec nos actualités</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_taste.py" line="32"/>
        <source>On their wishlist: {item} has arrived</source>
        <translation>Sur sa liste d’envies : {item}, désormais disponible</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_taste.py" line="33"/>
        <source>New arrival: {item} in {colour}, from the {line} line they love</source>
        <translation>Nouveauté : {item} en {colour}, de sa ligne préférée {line}</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_taste.py" line="34"/>
        <source>New arrival: {item} in {colour}, a colour they love, in their size</source>
        <translation>Nouveauté : {item} en {colour}, l’une de ses couleurs préférées, dans sa taille</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_taste.py" line="35"/>
        <source>New arrival: {item} from the {line} line they love, in their size</source>
        <translation>Nouveauté : {item} de sa ligne préférée {line}, dans sa taille</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/rules_taste.py" line="36"/>
        <source>New arrival: {item} in {colour}, from the {line} line they love, in their size</source>
        <translation>Nouveauté : {item} en {colour}, de sa ligne préférée {line}, dans sa taille</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="19"/>
        <source>reception</source>
        <translation>réception</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="20"/>
        <source>sending to the workshop</source>
        <translation>envoi à l’atelier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="21"/>
        <source>the quote</source>
        <translation>devis</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="22"/>
        <source>approval</source>
        <translation>accord du client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="23"/>
        <source>the work</source>
        <translation>travaux</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="24"/>
        <source>the fitting</source>
        <translation>essayage</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="25"/>
        <source>the return to the boutique</source>
        <translation>retour en boutique</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="26"/>
        <source>collection</source>
        <translation>remise au client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="27"/>
        <source>the brief</source>
        <translation>brief</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="28"/>
        <source>the design proposal</source>
        <translation>proposition de design</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="29"/>
        <source>the client&apos;s confirmation</source>
        <translation>confirmation du client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="30"/>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="31"/>
        <source>delivery</source>
        <translation>livraison</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="35"/>
        <source>Styling session</source>
        <translation>Séance de stylisme</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="36"/>
        <source>Private viewing</source>
        <translation>Présentation privée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="37"/>
        <source>Fitting</source>
        <translation>Essayage</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="38"/>
        <source>Alteration fitting</source>
        <translation>Essayage de retouches</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="39"/>
        <source>Pickup</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="40"/>
        <source>Repair drop-off</source>
        <translation>Dépôt pour réparation</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="41"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="42"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="46"/>
        <source>birthday</source>
        <translation>anniversaire</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="47"/>
        <source>anniversary</source>
        <translation>jour anniversaire</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/outreach/wording.py" line="48"/>
        <source>special day</source>
        <translation>jour particulier</translation>
    </message>
</context>
<context>
    <name>PurchasesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="24"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="29"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="29"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="29"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="30"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="52"/>
        <source>· %1 in total</source>
        <translation>· %1 au total</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_history.py" line="74"/>
        <source>No purchases yet.</source>
        <translation>Aucun achat pour l’instant.</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="354"/>
        <source>Export a period</source>
        <translation>Exporter une période</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="362"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda.py" line="363"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="65"/>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="75"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="81"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="81"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="116"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="117"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="116"/>
        <source>Delete this %1? This cannot be undone.</source>
        <translation>Supprimer cet élément (%1) ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>RelationEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="231"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="232"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="233"/>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="234"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/clienteling/ui/reminders.py" line="52"/>
        <source>Clienteling — appointment reminders</source>
        <translation>Clienteling — rappels de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/reminders.py" line="83"/>
        <source>In %1 min: %2</source>
        <translation>Dans %1 min : %2</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/reminders.py" line="84"/>
        <source>Now: %1</source>
        <translation>Maintenant : %1</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../app/clienteling/ui/sections.py" line="41"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="32"/>
        <source>Sign in to sync</source>
        <translation>Se connecter pour synchroniser</translation>
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
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="44"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="45"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="47"/>
        <source>Your password goes to the server once and is never kept on this laptop.</source>
        <translation>Votre mot de passe est envoyé une seule fois au serveur et n’est jamais conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="50"/>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="87"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="72"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/sign_in.py" line="93"/>
        <source>This computer has no secure password store (keyring), so the sign-in cannot be kept; ask IT to set one up.</source>
        <translation>Cet ordinateur n’a pas de coffre à mots de passe sécurisé (trousseau) : la connexion ne peut pas être conservée. Demandez à l’informatique d’en installer un.</translation>
    </message>
</context>
<context>
    <name>SizeEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="156"/>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="159"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="157"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="158"/>
        <source>Size system</source>
        <translation>Système de tailles</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="160"/>
        <source>e.g. 38, M, 52</source>
        <translation>ex. 38, M, 52</translation>
    </message>
</context>
<context>
    <name>SizesSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="55"/>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="55"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="71"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="72"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="72"/>
        <source>Size actions</source>
        <translation>Actions sur la taille</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="74"/>
        <source>No sizes recorded.</source>
        <translation>Aucune taille enregistrée.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="67"/>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="85"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="75"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="76"/>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="83"/>
        <source>Show it again on</source>
        <translation>Réafficher le</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_dialogs.py" line="104"/>
        <source>Choose a day after today.</source>
        <translation>Choisissez un jour postérieur à aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="35"/>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="95"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="38"/>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="96"/>
        <source>Send your changes and receive the boutique&apos;s (Ctrl+S)</source>
        <translation>Envoyer vos modifications et recevoir celles de la boutique (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="40"/>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="42"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="43"/>
        <source>Remove this computer&apos;s sign-in from the password store</source>
        <translation>Retirer la connexion de cet ordinateur du coffre à mots de passe</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="46"/>
        <source>Conflicts and refused changes…</source>
        <translation>Conflits et modifications refusées…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="66"/>
        <source>Signed out: the sign-in is removed from this computer.</source>
        <translation>Déconnecté : la connexion est retirée de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="80"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="88"/>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="89"/>
        <source>Stop after the current step; the next sync carries on</source>
        <translation>S’arrêter après l’étape en cours ; la prochaine synchronisation reprendra</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_actions.py" line="140"/>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>SyncActivityWidget</name>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="73"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="77"/>
        <source>Stopping after this step…</source>
        <translation>Arrêt après cette étape…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="84"/>
        <source>Sending %1 of %2 · %3 received</source>
        <translation>Envoi : %1 sur %2 · %3 reçues</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="87"/>
        <source>Sent %1 of %2 · receiving, %3 so far</source>
        <translation>Envoyées : %1 sur %2 · réception, %3 jusqu’ici</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="128"/>
        <source>Changes made here and on the server that need your decision</source>
        <translation>Modifications faites ici et sur le serveur qui attendent votre décision</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="144"/>
        <source>○ Connection unknown</source>
        <translation>○ Connexion inconnue</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="146"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="148"/>
        <source>● Offline</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="150"/>
        <source>%1 · signed out</source>
        <translation>%1 · déconnecté</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="159"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="160"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="163"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="164"/>
        <source>All changes sent</source>
        <translation>Toutes les modifications sont envoyées</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="171"/>
        <source>Signed in as %1 on %2</source>
        <translation>Connecté en tant que %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="173"/>
        <source>Not signed in. Sync asks for your login.</source>
        <translation>Non connecté. La synchronisation vous demandera votre identifiant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="178"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/widgets/sync_status.py" line="180"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/sync_text.py" line="24"/>
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/sync_text.py" line="27"/>
        <source>received %n</source>
        <comment>changes a sync received</comment>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="53"/>
        <source>%1, %2.</source>
        <comment>a sync&apos;s summary: what was sent, what was received</comment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/sync_text.py" line="30"/>
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n conflit à résoudre.</numerusform>
            <numerusform>%n conflits à résoudre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/sync_text.py" line="33"/>
        <source>%n change(s) refused by the server (see the list).</source>
        <translation>
            <numerusform>%n modification refusée par le serveur (voir la liste).</numerusform>
            <numerusform>%n modifications refusées par le serveur (voir la liste).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="60"/>
        <source>Stopped before the end; the next sync carries on.</source>
        <translation>Arrêtée avant la fin ; la prochaine synchronisation reprendra.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="87"/>
        <source>This laptop seems to be offline: %1 cannot be reached. Your changes are kept on this laptop; sync when you are back online.</source>
        <translation>Cet ordinateur semble hors ligne : %1 est injoignable. Vos modifications restent sur cet ordinateur ; synchronisez quand vous serez de nouveau en ligne.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="90"/>
        <source>The sync server at %1 is not answering (it may be down). Your changes are kept on this laptop; try again later.</source>
        <translation>Le serveur de synchronisation %1 ne répond pas (il est peut-être arrêté). Vos modifications restent sur cet ordinateur ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="93"/>
        <source>The server took too long to answer. Your changes are kept on this laptop; try Sync again in a moment.</source>
        <translation>Le serveur a mis trop de temps à répondre. Vos modifications restent sur cet ordinateur ; relancez la synchronisation dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="96"/>
        <source>The connection to the server broke off before it answered. Your changes are kept on this laptop; try Sync again.</source>
        <translation>La connexion au serveur a été coupée avant sa réponse. Vos modifications restent sur cet ordinateur ; relancez la synchronisation.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="99"/>
        <source>The server&apos;s answer could not be read (it was cut off or malformed). Your changes are kept on this laptop; try Sync again.</source>
        <translation>La réponse du serveur est illisible (tronquée ou mal formée). Vos modifications restent sur cet ordinateur ; relancez la synchronisation.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="102"/>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>Trop de tentatives de connexion. Attendez une minute et réessayez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clienteling/ui/sync_text.py" line="36"/>
        <source>The server is busy. Your changes are kept on this laptop; try Sync again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur est occupé. Vos modifications restent sur cet ordinateur ; relancez la synchronisation dans %n seconde.</numerusform>
            <numerusform>Le serveur est occupé. Vos modifications restent sur cet ordinateur ; relancez la synchronisation dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="106"/>
        <source>The server is busy. Your changes are kept on this laptop; try Sync again in a minute.</source>
        <translation>Le serveur est occupé. Vos modifications restent sur cet ordinateur ; relancez la synchronisation dans une minute.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="109"/>
        <source>The server had a problem (error %1). Your changes are kept on this laptop; try Sync again later.</source>
        <translation>Le serveur a rencontré un problème (erreur %1). Vos modifications restent sur cet ordinateur ; relancez la synchronisation plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="112"/>
        <source>The server had a problem. Your changes are kept on this laptop; try Sync again later.</source>
        <translation>Le serveur a rencontré un problème. Vos modifications restent sur cet ordinateur ; relancez la synchronisation plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="115"/>
        <source>The server gave an unexpected answer (HTTP %1). Your changes are kept on this laptop.</source>
        <translation>Le serveur a donné une réponse inattendue (HTTP %1). Vos modifications restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="118"/>
        <source>The server gave an unexpected answer. Your changes are kept on this laptop.</source>
        <translation>Le serveur a donné une réponse inattendue. Vos modifications restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="120"/>
        <source>The server refused the changes as too large. Your changes are kept on this laptop.</source>
        <translation>Le serveur a refusé les modifications, trop volumineuses. Vos modifications restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="123"/>
        <source>The server could not accept what this laptop sent (is Clienteling up to date?). Your changes are kept on this laptop.</source>
        <translation>Le serveur n’a pas pu accepter l’envoi de cet ordinateur (Clienteling est-il à jour ?). Vos modifications restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="126"/>
        <source>The server does not accept this laptop&apos;s change numbers. Your changes are kept; contact the brand&apos;s IT.</source>
        <translation>Le serveur n’accepte pas la numérotation des modifications de cet ordinateur. Vos modifications sont conservées ; contactez l’informatique de la marque.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="129"/>
        <source>The server keeps asking for a full resync. Try Sync again later.</source>
        <translation>Le serveur redemande sans cesse une resynchronisation complète. Relancez la synchronisation plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="131"/>
        <source>Sync stopped on an unexpected problem. Your changes are kept; try again.</source>
        <translation>La synchronisation s’est arrêtée sur un problème inattendu. Vos modifications sont conservées ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="139"/>
        <source>The login or password is not right.</source>
        <translation>L’identifiant ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="141"/>
        <source>Your sign-in has expired or was signed out. Sign in again to sync.</source>
        <translation>Votre connexion a expiré ou a été fermée. Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="143"/>
        <source>Sign in to sync: this laptop has no sign-in for the server.</source>
        <translation>Connectez-vous pour synchroniser : cet ordinateur n’a pas de connexion au serveur.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="145"/>
        <source>Enter your login and password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="147"/>
        <source>This sign-in is for another boutique than this laptop&apos;s book (%1). Sign in with an account of this boutique.</source>
        <translation>Cette connexion est celle d’une autre boutique que le carnet de cet ordinateur (%1). Connectez-vous avec un compte de cette boutique.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="150"/>
        <source>This sign-in is for another boutique than this laptop&apos;s book. Sign in with an account of this boutique.</source>
        <translation>Cette connexion est celle d’une autre boutique que le carnet de cet ordinateur. Connectez-vous avec un compte de cette boutique.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="153"/>
        <source>The identity of %1 could not be verified (its certificate is not trusted), so nothing was sent. Ask the brand&apos;s IT.</source>
        <translation>L’identité de %1 n’a pas pu être vérifiée (son certificat n’est pas reconnu) : rien n’a été envoyé. Contactez l’informatique de la marque.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="156"/>
        <source>The boutique&apos;s certificate file (%1) cannot be read. Ask the brand&apos;s IT to check the boutique configuration.</source>
        <translation>Le fichier de certificat de la boutique (%1) est illisible. Demandez à l’informatique de la marque de vérifier la configuration de la boutique.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="159"/>
        <source>No sync server is set for this boutique. Enter the server address given by the brand&apos;s IT (it starts with https://).</source>
        <translation>Aucun serveur de synchronisation n’est défini pour cette boutique. Saisissez l’adresse donnée par l’informatique de la marque (elle commence par https://).</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="162"/>
        <source>The server address must not contain a login or password.</source>
        <translation>L’adresse du serveur ne doit contenir ni identifiant ni mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="164"/>
        <source>“%1” is not a server address; it should look like https://clienteling.example.com.</source>
        <translation>« %1 » n’est pas une adresse de serveur ; elle doit ressembler à https://clienteling.example.com.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="167"/>
        <source>The server address %1 is not secure: use https://. Plain http:// is allowed only for a server on this computer (127.0.0.1).</source>
        <translation>L’adresse du serveur %1 n’est pas sécurisée : utilisez https://. Le simple http:// n’est permis que pour un serveur sur cet ordinateur (127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="170"/>
        <source>%1 does not offer the Clienteling sync service. Check the server address.</source>
        <translation>%1 ne propose pas le service de synchronisation Clienteling. Vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="173"/>
        <source>Choose to keep yours, take theirs, or edit the value.</source>
        <translation>Choisissez de garder la vôtre, de prendre celle du serveur ou de modifier la valeur.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/sync_text.py" line="175"/>
        <source>This conflict is already resolved, or its record is gone.</source>
        <translation>Ce conflit est déjà résolu, ou sa fiche n’existe plus.</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../app/clienteling/ui/taskman.py" line="33"/>
        <source>Something went wrong and the action was not completed. Your saved work is safe. (Details are in the log.)</source>
        <translation>Un problème est survenu et l’action n’a pas abouti. Votre travail enregistré est en sécurité. (Les détails figurent dans le journal.)</translation>
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
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="172"/>
        <source>Important date</source>
        <translation>Date importante</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="173"/>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="173"/>
        <source>Check-in</source>
        <translation>Prise de nouvelles</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="174"/>
        <source>Aftercare</source>
        <translation>Après-vente</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="175"/>
        <source>Aftercare update</source>
        <translation>Suivi d’après-vente</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="176"/>
        <source>Appointment follow-up</source>
        <translation>Suivi de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="177"/>
        <source>Missed appointment</source>
        <translation>Rendez-vous manqué</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="178"/>
        <source>Keeping in touch</source>
        <translation>Garder le lien</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="179"/>
        <source>New arrival</source>
        <translation>Nouveauté</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="179"/>
        <source>Wishlist</source>
        <translation>Liste d’envies</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="180"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="184"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="184"/>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="185"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_notes.py" line="185"/>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="27"/>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="28"/>
        <source>No channel the client agreed to</source>
        <translation>Aucun canal consenti par le client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="29"/>
        <source>Contacted recently (frequency cap)</source>
        <translation>Contacté récemment (limite de fréquence)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="30"/>
        <source>Quiet period</source>
        <translation>Période de discrétion</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="30"/>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="31"/>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_labels.py" line="31"/>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="65"/>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="157"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="67"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="69"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="91"/>
        <source>No channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="96"/>
        <source>Snoozed until %1</source>
        <translation>Reportée (%1)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="152"/>
        <source>Appointments today</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="157"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="158"/>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="163"/>
        <source>Nothing to follow up: every prompt is answered.</source>
        <translation>Rien à suivre : toutes les relances ont été traitées.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="166"/>
        <source>Suppressed</source>
        <translation>Bloquées</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="182"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="182"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="182"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today_model.py" line="182"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="68"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="69"/>
        <source>Opening the book…</source>
        <translation>Ouverture du carnet…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="70"/>
        <source>Show suppressed</source>
        <translation>Afficher les relances bloquées</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="71"/>
        <source>Also list the prompts held back, with the reason</source>
        <translation>Lister aussi les relances retenues, avec leur motif</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="110"/>
        <source>J/K move · Enter draft · O dossier · D done · S snooze · X dismiss</source>
        <translation>J/K se déplacer · Entrée brouillon · O dossier · D fait · S reporter · X écarter</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="149"/>
        <source>Reading today&apos;s appointments and prompts…</source>
        <translation>Lecture des rendez-vous et des relances du jour…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="151"/>
        <location filename="../../app/clienteling/ui/views/today.py" line="170"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="221"/>
        <source>Today · %1</source>
        <translation>Aujourd’hui · %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="224"/>
        <source>Appointments: %1</source>
        <translation>Rendez-vous : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="225"/>
        <source>To answer: %1</source>
        <translation>À traiter : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="227"/>
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="229"/>
        <source>Suppressed: %1</source>
        <translation>Bloquées : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="286"/>
        <source>This prompt is suppressed: %1</source>
        <translation>Cette relance est bloquée : %1</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="324"/>
        <source>Choose the channel you used, then Mark done.</source>
        <translation>Choisissez le canal utilisé, puis « Marquer comme fait ».</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/today.py" line="361"/>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../app/clienteling/ui/views/agenda_week.py" line="60"/>
        <source>Agenda grid</source>
        <translation>Grille de l’agenda</translation>
    </message>
</context>
<context>
    <name>WishlistEditor</name>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="177"/>
        <source>Wishlist item</source>
        <translation>Article de la liste d’envies</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="178"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="179"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="180"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="183"/>
        <source>Reference (SKU)</source>
        <translation>Référence (SKU)</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="184"/>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/dialogs/record_editors.py" line="187"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>WishlistSection</name>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="79"/>
        <source>Wishlist</source>
        <translation>Liste d’envies</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="79"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="88"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="89"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="90"/>
        <source>Wishlist actions</source>
        <translation>Actions sur la liste d’envies</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="93"/>
        <source>Nothing on the wishlist.</source>
        <translation>La liste d’envies est vide.</translation>
    </message>
    <message>
        <location filename="../../app/clienteling/ui/views/dossier_taste.py" line="102"/>
        <source>added %1</source>
        <translation>ajouté le %1</translation>
    </message>
</context>
</TS>
