"""Booking a consultation: slots, appointments, their e-mails, calendar files and reminders."""
